// The voucher's full-screen presentation as a modal dialog where the engine has one (`showModal`: Safari
// 15.4, Chrome 37), else as an open dialog the styles pin over the whole page, which Escape and the close
// button close the same way and which fires the same `close` event. iOS 15.0 to 15.3 has no <dialog> at
// all, so the fallback touches nothing but attributes and events.

// `data-full-screen-fallback`, which the voucher's styles pin over the page.
const FALLBACK = 'data-full-screen-fallback';

function closeOnEscape(this: HTMLElement, event: KeyboardEvent) {
  if (event.key === 'Escape') closeFullScreen(this);
}

/** Whether `dialog` is showing. */
export function isFullScreen(dialog: HTMLElement): boolean {
  return dialog.hasAttribute('open');
}

/** Shows `dialog` over the whole page. */
export function showFullScreen(dialog: HTMLElement): void {
  if (isFullScreen(dialog)) return;
  const modal = dialog as Partial<HTMLDialogElement>;
  if (typeof modal.showModal === 'function') {
    modal.showModal();
    return;
  }
  dialog.setAttribute(FALLBACK, 'true');
  dialog.setAttribute('open', '');
  dialog.addEventListener('keydown', closeOnEscape);
}

/** Closes `dialog` if it is showing; it then fires `close`, as a dialog does. */
export function closeFullScreen(dialog: HTMLElement): void {
  if (!isFullScreen(dialog)) return;
  if (!dialog.hasAttribute(FALLBACK)) {
    (dialog as HTMLDialogElement).close();
    return;
  }
  dialog.removeAttribute(FALLBACK);
  dialog.removeAttribute('open');
  dialog.removeEventListener('keydown', closeOnEscape);
  dialog.dispatchEvent(new Event('close'));
}
