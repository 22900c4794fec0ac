/** Naming characters in messages so that a reader can see them. */
/** `U+200B`, the code point of a character. */
export declare function codePoint(char: string): string;
/** `U+200B (zero width space)`, or the code point alone. */
export declare function describeChar(char: string): string;
/** Longest quote in a message, in characters; longer values are cut. */
export declare const MAX_QUOTE = 300;
/**
 * The text with hidden characters spelled out as `<U+200B>`, so a quoted
 * value shows what is there and cannot reorder the message around it.
 * A value past MAX_QUOTE characters is cut, and ends with "…".
 */
export declare function visible(text: string): string;
