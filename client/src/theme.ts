import type { CSSVariablesResolver, MantineColorsTuple } from '@mantine/core';
import { createTheme } from '@mantine/core';

// A deeper blue than Mantine's default: the portal's banner colour, and dark enough at the
// primary shade (7.5:1 on white) for links and small text to pass WCAG AA.
const govBlue: MantineColorsTuple = [
  '#e8f0fb',
  '#cfdff5',
  '#a2c0ea',
  '#729fde',
  '#4a82d3',
  '#2f6ecb',
  '#1f5fbf',
  '#1a51a6',
  '#15448c',
  '#0e3570',
];

export const theme = createTheme({
  primaryColor: 'govBlue',
  primaryShade: 7,
  colors: { govBlue },
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'sm',
});

// Mantine's dimmed text (gray.6) is 3.3:1 on white, below AA; gray.7 is above 7:1.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
