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
// Its error red (red.6) and the text of light alerts and badges (shade 6) are below AA too; these
// are 5:1 or more on white and on the light tints behind them.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
    '--mantine-color-orange-light-color': '#9c3d00',
    '--mantine-color-yellow-light-color': '#7a5200',
    '--mantine-color-green-light-color': '#1e6b30',
    '--mantine-color-teal-light-color': '#0b6e4f',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-8)',
  },
  dark: {},
});
