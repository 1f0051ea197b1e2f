/**
 * Three self-hosted faces (SIL Open Font Licence, via @fontsource), Latin subset only —
 * English and French need nothing more — to keep the first load small:
 * Libre Baskerville for headings and documents, Inter for figures and controls,
 * Courier Prime for telegrams and typed drafts.
 */
import "@fontsource/libre-baskerville/latin-400.css";
import "@fontsource/libre-baskerville/latin-700.css";
import "@fontsource/libre-baskerville/latin-400-italic.css";
import "@fontsource/inter/latin-400.css";
import "@fontsource/inter/latin-600.css";
import "@fontsource/courier-prime/latin-400.css";
