// Types of custom-elements.json as this project writes it. The schema package's own
// `CustomElementDeclaration` leaves out the fields of `CustomElement` (tagName, events, parts…).
import type { ClassDeclaration, CustomElement, Event, Package } from 'custom-elements-manifest/schema';

/** An event as manifest/public-api.js writes it: with whether the host may cancel it. */
export type ManifestEvent = Event & { cancelable?: boolean };

export type ElementDeclaration = ClassDeclaration & Omit<CustomElement, 'events'> & { events?: ManifestEvent[] };

export type { Package };
