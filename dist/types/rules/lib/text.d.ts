/** Naming characters in messages so that a reader can see them. */
/** `U+200B`, the code point of a character. */
export declare function codePoint(char: string): string;
/** `U+200B (zero width space)`, or the code point alone. */
export declare function describeChar(char: string): string;
/**
 * The text with hidden characters spelled out as `<U+200B>`, so a quoted
 * value shows what is there and cannot reorder the message around it.
 */
export declare function visible(text: string): string;
