// Stylelint: one rule family, for the right-to-left languages (Arabic). The kiosk's CSS uses logical properties only
// (margin-inline-start, inset-inline-end, text-align: start…), which follow <html dir>; a physical left or right would
// stay put when the page turns right to left. Vue files are read with postcss-html (their <style> blocks).
const physical = 'use the logical property (…-inline-start / …-inline-end, inset-inline-…) so that right to left works';

export default {
  overrides: [{ files: ['**/*.vue', '**/*.html'], customSyntax: 'postcss-html' }],
  rules: {
    'property-disallowed-list': [
      [/^(margin|padding|border|scroll-margin|scroll-padding)-(left|right)/, /^border-(top|bottom)-(left|right)-radius$/, /^(left|right)$/],
      { message: (property) => `"${property}" is physical: ${physical}` },
    ],
    'declaration-property-value-disallowed-list': [
      { 'text-align': ['left', 'right'], float: ['left', 'right'], clear: ['left', 'right'], resize: ['horizontal'] },
      { message: (property, value) => `"${property}: ${value}" is physical: ${physical}` },
    ],
  },
};
