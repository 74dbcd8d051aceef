import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyDeclarations } from 'lit';
import { FALLBACK_ENVIRONMENT, rightsEnvironment, type RightsEnvironment } from './context.js';
import { withOwnMessages, type MessageNamespace, type NamespaceTexts } from './messages.js';

/** The merge of each element class's namespaces, made once per class. */
const mergers = new WeakMap<object, (environment: RightsEnvironment) => RightsEnvironment>();

/**
 * What every rights element inside a `<rights-provider>` shares: the provider's environment (client,
 * locale, texts, bridge, consent) from context, and the texts the element keeps with itself, declared
 * once as `static messages` and merged over the shared catalog (Lion's `localizeNamespaces`). `N` is the
 * same list's type, so `env.messages` is typed from the namespaces themselves:
 *
 * ```ts
 * const MESSAGES = [WALLET_MESSAGES, TAKING_MESSAGES] as const;
 * export class RightsWallet extends RightsElement<typeof MESSAGES> {
 *   protected static override messages = MESSAGES;
 * }
 * ```
 */
export class RightsElement<N extends readonly MessageNamespace[] = []> extends LitElement {
  /** The namespaces of the element's own texts, loaded with its code rather than with the shared catalog. */
  protected static messages: readonly MessageNamespace[] = [];

  static override properties: PropertyDeclarations = { environment: { state: true } };

  /** The provider's environment, kept up to date through context; undefined outside a provider. */
  protected environment?: RightsEnvironment;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: rightsEnvironment,
      subscribe: true,
      callback: (environment) => {
        this.environment = environment;
      },
    });
  }

  /** The provider's environment, or the fallback outside one, with the element's own texts. */
  protected get env(): RightsEnvironment<NamespaceTexts<N>> {
    const type = this.constructor as typeof RightsElement;
    let merge = mergers.get(type);
    if (!merge) mergers.set(type, (merge = withOwnMessages(type.messages)));
    return merge(this.environment ?? FALLBACK_ENVIRONMENT) as RightsEnvironment<NamespaceTexts<N>>;
  }
}
