/** Naming characters in messages so that a reader can see them. */

/**
 * Characters a terminal shows as nothing, or that move other text, and
 * lone surrogates, which no output can encode.
 */
const HIDDEN =
  /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]|[^\S ]/gu;

const NAMES: Record<number, string> = {
  9: 'character tabulation',
  10: 'line feed',
  11: 'line tabulation',
  12: 'form feed',
  13: 'carriage return',
  32: 'space',
  127: 'delete',
  133: 'next line',
  160: 'no-break space',
  173: 'soft hyphen',
  847: 'combining grapheme joiner',
  1564: 'arabic letter mark',
  4447: 'hangul choseong filler',
  4448: 'hangul jungseong filler',
  6158: 'mongolian vowel separator',
  8192: 'en quad',
  8193: 'em quad',
  8194: 'en space',
  8195: 'em space',
  8199: 'figure space',
  8200: 'punctuation space',
  8201: 'thin space',
  8202: 'hair space',
  8203: 'zero width space',
  8204: 'zero width non-joiner',
  8205: 'zero width joiner',
  8206: 'left-to-right mark',
  8207: 'right-to-left mark',
  8232: 'line separator',
  8233: 'paragraph separator',
  8234: 'left-to-right embedding',
  8235: 'right-to-left embedding',
  8236: 'pop directional formatting',
  8237: 'left-to-right override',
  8238: 'right-to-left override',
  8239: 'narrow no-break space',
  8287: 'medium mathematical space',
  8288: 'word joiner',
  8289: 'function application',
  8290: 'invisible times',
  8291: 'invisible separator',
  8292: 'invisible plus',
  8294: 'left-to-right isolate',
  8295: 'right-to-left isolate',
  8296: 'first strong isolate',
  8297: 'pop directional isolate',
  12288: 'ideographic space',
  12644: 'hangul filler',
  65039: 'variation selector-16',
  65279: 'zero width no-break space',
  65440: 'halfwidth hangul filler',
};

/** `U+200B`, the code point of a character. */
export function codePoint(char: string): string {
  const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase();
  return `U+${hex.padStart(4, '0')}`;
}

/** `U+200B (zero width space)`, or the code point alone. */
export function describeChar(char: string): string {
  const name = NAMES[char.codePointAt(0) ?? 0];
  return name ? `${codePoint(char)} (${name})` : codePoint(char);
}

/** Longest quote in a message, in characters; longer values are cut. */
export const MAX_QUOTE = 300;

/**
 * The text with hidden characters spelled out as `<U+200B>`, so a quoted
 * value shows what is there and cannot reorder the message around it.
 * A value past MAX_QUOTE characters is cut, and ends with "…".
 */
export function visible(text: string): string {
  const chars = [...text];
  const shown =
    chars.length > MAX_QUOTE ? `${chars.slice(0, MAX_QUOTE).join('')}…` : text;
  return shown.replace(HIDDEN, (char) => `<${codePoint(char)}>`);
}
