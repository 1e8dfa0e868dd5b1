// The shape of a nisba (relative) adjective, normalised: السوري، السورية، السوريون، السوريين. One pattern
// for every stage that tells an adjective of origin or kind after a noun or before a name.

/** A nisba adjective with the article (الصيني، الأسترالية، الإيرانيين). */
export const DEFINITE_NISBA = /^ال[\u0621-\u064A]{2,}ي(?:ه|ون|ين)?$/;

/** A nisba adjective with or without the article (السورية، سورية). */
export const NISBA = /^(?:ال)?[\u0621-\u064A]{2,}ي(?:ه|ون|ين)?$/;
