// What a kind of benefit is, to the elements, and the little the detail offers a kind module in return.
// Kind modules import only types from here and their own rendering helpers, never the detail itself.
import type { BenefitDetail, BenefitKind, Card, CardEligibility, ClaimRequest, FormAnswers, FormField, RichText, RightsLocale, WalletItem } from '@rights-kit/client';
import type { TemplateResult } from 'lit';
import type { TakingMessages } from '../../../internal/taking.messages.js';
import type { Messages } from '../../../locales/index.js';
import type { DetailMessages } from '../benefit-detail.messages.js';

/** The kinds this version knows, and those among them a claim issues a wallet item for: the contract's registry. */
export type { KnownKind, ItemKind as KnownItemKind } from '@rights-kit/client';
export type Variant<K extends BenefitKind> = Extract<BenefitDetail, { kind: K }>;
export type ItemVariant<K extends WalletItem['kind']> = Extract<WalletItem, { kind: K }>;

/** The texts a kind module speaks with. */
export type DetailTexts = Messages & DetailMessages & TakingMessages;

/** A card of the member's, and whether it can take the benefit. */
export interface CardChoice {
  card: Card;
  eligibility: CardEligibility;
}

export interface MainButtonOptions {
  disabled?: boolean;
  type?: 'button' | 'submit';
  /** What explains a disabled button, when not the notice above it. */
  describedBy?: string | undefined;
}

/** A reservation's answers while the cardholder fills the form in, and what is wrong with them. */
export interface FormState {
  readonly answers: FormAnswers;
  /** The problem code (`required`, `out_of_range`, …) of each field that has one. */
  readonly errors: Readonly<Record<string, string>>;
  answer(field: FormField, answer: string | number | undefined): void;
  /** Puts `problems` on their fields and moves focus to the first; `false` when none of them is a field here. */
  show(fields: readonly FormField[], problems: readonly { name: string; problem: string }[]): boolean;
}

/** What the detail offers the kind on show: its texts, its pieces, and the ways to take the benefit. */
export interface KindHost {
  readonly messages: DetailTexts;
  readonly locale: RightsLocale;
  /** The heading level inside the detail's sections. */
  readonly subLevel: number;
  readonly form: FormState;
  /** A section with its heading, as every section of the detail is. */
  section(id: string, heading: string, content: unknown): TemplateResult;
  rich(blocks: RichText): TemplateResult;
  /** Why the benefit cannot be taken now, described by the buttons it disables. */
  notice(title: string, hint?: string): TemplateResult;
  /** The card as the cardholder knows it: its product and last four digits. */
  cardName(card: Card | undefined): string;
  /** Why the last attempt failed and what to do next, then the main button unless "try again" stands in for it. */
  controls(options?: MainButtonOptions): TemplateResult;
  /** A button that copies `code`, and what to do when the clipboard refuses. */
  copyButton(code: string): unknown;
  /** Claims the benefit on the chosen card. */
  claim(benefit: BenefitDetail, request: ClaimRequest): void;
  /** Opens the partner platform through a signed link, on the chosen card. */
  launch(benefit: BenefitDetail, cardId: string): void;
}

/** What a kind says about a benefit every kind has: the sections only it has, below the shared ones. */
interface ReadableKind<B extends BenefitDetail> {
  body?(benefit: B, host: KindHost): unknown;
}

/** A kind this version can take up: a claim of some sort, or a partner launch. */
export interface TakeableKind<B extends BenefitDetail> extends ReadableKind<B> {
  /** The main button's words, and its words while the request is on its way. */
  label(benefit: B, messages: DetailTexts): string;
  busyLabel(messages: DetailTexts): string;
  /** Why this kind cannot be taken now, beyond the availability every benefit has (an offer already joined). */
  blocked?(benefit: B, host: KindHost): TemplateResult | undefined;
  /** The question asked before the main action, when taking it spends something (a use of the quota). */
  confirmation?(benefit: B, messages: DetailTexts, card: string): { title: string; text: string };
  /** What sits below the card line, when more than `host.controls()`: a reservation's form. */
  action?(benefit: B, host: KindHost, choice: CardChoice): unknown;
  /** Takes the benefit on `choice`: after the main button, its confirmation, or "try again". */
  mainAction(benefit: B, host: KindHost, choice: CardChoice): void;
  /** Puts a refusal back where the cardholder can fix it (a form's fields); `true` when it did. */
  refused?(benefit: B, host: KindHost, problems: readonly { name: string; reason: string }[]): boolean;
}

/** A kind this version can only show: what stands in for the whole action. */
export interface ReadOnlyKind<B extends BenefitDetail> extends ReadableKind<B> {
  instead(benefit: B, host: KindHost): unknown;
}

export type DetailKind<B extends BenefitDetail> = TakeableKind<B> | ReadOnlyKind<B>;

/** What a claim gave, as the detail shows it once taken. */
export interface ResultView<I extends WalletItem> {
  title(messages: DetailTexts): string;
  body(item: I, host: KindHost, card: Card | undefined): unknown;
}
