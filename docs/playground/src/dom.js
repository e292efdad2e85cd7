/** A few DOM helpers: no framework. */

/**
 * Creates an element.
 *
 * @param {string} tag
 * @param {Record<string, string | number | boolean | undefined> | null} [attributes]
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElement}
 */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === false) continue;
    if (name === 'class') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/**
 * Replaces the children of the element with the given id.
 *
 * @param {string} id
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElement}
 */
export function fill(id, ...children) {
  const element = byId(id);
  element.replaceChildren(...children.filter((c) => c !== null && c !== undefined && c !== false).map((c) => /** @type {Node | string} */ (c)));
  return element;
}

/** The element with this id; throws when the page lacks it. */
export function byId(/** @type {string} */ id) {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`playground: no element #${id}`);
  return element;
}

/**
 * Text with ranges wrapped in `<mark>`: the ranges sorted, not overlapping.
 *
 * @param {string} text
 * @param {ReadonlyArray<{ start: number, end: number, className: string, label?: string }>} marks
 * @returns {DocumentFragment}
 */
export function markedText(text, marks) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (mark.start < at) continue;
    if (mark.start > at) fragment.append(text.slice(at, mark.start));
    const content = mark.end > mark.start ? text.slice(mark.start, mark.end) : '⎀';
    fragment.append(h('mark', { class: mark.className, title: mark.label, 'data-index': mark.start }, content));
    at = mark.end;
  }
  if (at < text.length) fragment.append(text.slice(at));
  return fragment;
}

/**
 * Puts text on the clipboard: the Clipboard API, else a hidden textarea and
 * `execCommand('copy')` (pages opened from file:// in some browsers).
 *
 * @param {string} text
 * @returns {Promise<boolean>}
 */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = h('textarea', { readonly: true, 'aria-hidden': 'true', class: 'offscreen' });
    /** @type {HTMLTextAreaElement} */ (area).value = text;
    document.body.append(area);
    /** @type {HTMLTextAreaElement} */ (area).select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}
