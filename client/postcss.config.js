// Mantine's mixins (light-dark, rem, hover, smaller-than …) in our CSS modules.
export default {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
