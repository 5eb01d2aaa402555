import type { Strings } from '../types';

/** English strings of “how this number is made” (ExplainNumber) (keys as in ../fi/explain.ts). */
export default {
  open: 'How this number is made',
  'rule.full': "Counting rule: each project's full cost, once.",
  'rule.split-equally': 'Counting rule: a cost shared by several lead organisations is split equally among them.',
  'rule.administrator-home':
    "Counting rule: a cost is split equally among its lead organisations and each part goes to the region of the lead organisation's seat.",
  'rule.stated': 'The number as the document writes it.',
  'rule.count': 'Count: {count, plural, one {# row} other {# rows}}.',
  colRow: 'Row and source',
  colValue: 'Value',
  total: 'Total',
  share: 'Share: {part} / {whole} = {share}',
  part: '{whole} × {count}/{parts}',
  excluded: 'Left out',
  'reason.no-cost': 'no cost stated',
  notes: 'Notes that affect it',
  noteLink: 'Sources and data quality',
  barsHeading: 'How the bars add up',
  besideNotes: 'Note',
  projectNotes: '{count, plural, one {# note on a project} other {# notes on projects}}: see “{open}”',
} satisfies Strings<'explain'>;
