import { dirname, join } from 'node:path';

/*
 * Noto Sans SC (SIL Open Font License) from the `@expo-google-fonts/noto-sans-sc` package: the
 * only npm package found that ships whole TrueType files of a CJK font (the @fontsource ones
 * are split into web subsets). pdfkit embeds the subset of glyphs a document uses, so a
 * declaration PDF stays small while any Chinese text renders on any reader without fonts.
 */
const fontPackage = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
export const REGULAR_FONT = join(fontPackage, '400Regular', 'NotoSansSC_400Regular.ttf');
export const BOLD_FONT = join(fontPackage, '700Bold', 'NotoSansSC_700Bold.ttf');
