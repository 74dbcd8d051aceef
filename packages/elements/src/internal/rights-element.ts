import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyDeclarations } from 'lit';
import { FALLBACK_ENVIRONMENT, rightsEnvironment, type RightsEnvironment } from './context.js';
import { withOwnMessages, type MessageNamespace, type NamespaceTexts } from './messages.js';

/** The registry `element` was created in when it is not the page's: a scoped one. */
function scopedRegistryOf(element: Element): CustomElementRegistry | undefined {
  const { customElementRegistry: registry } = element as {
    customElementRegistry?: CustomElementRegistry | null;
  };
  return registry && registry !== customElements ? registry : undefined;
}

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

  static override properties: PropertyDeclarations = {
    environment: { state: true },
  };

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

  /**
   * An element defined in a scoped registry (`defineRightsElements`, a page running two versions) keeps
   * its shadow tree in that registry, so the elements it renders are of its version too. Browsers without
   * scoped registries have no `customElementRegistry`, and nothing changes.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const registry = scopedRegistryOf(this);
    if (registry)
      this.renderOptions.creationScope = {
        importNode: (node) => document.importNode(node, { customElementRegistry: registry }),
      };
    return super.createRenderRoot();
  }

  override attachShadow(init: ShadowRootInit): ShadowRoot {
    const registry = scopedRegistryOf(this);
    return super.attachShadow(registry ? { ...init, customElementRegistry: registry } : init);
  }

  /** The provider's environment, or the fallback outside one, with the element's own texts. */
  protected get env(): RightsEnvironment<NamespaceTexts<N>> {
    const type = this.constructor as typeof RightsElement;
    let merge = mergers.get(type);
    if (!merge) mergers.set(type, (merge = withOwnMessages(type.messages)));
    return merge(this.environment ?? FALLBACK_ENVIRONMENT) as RightsEnvironment<NamespaceTexts<N>>;
  }
}
