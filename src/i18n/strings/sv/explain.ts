import type { Strings } from '../types';

/** Swedish strings of “how this number is made” (ExplainNumber) (keys as in ../fi/explain.ts). */
export default {
  open: 'Så räknas talet ut',
  'rule.full': 'Räkneregel: varje projekts hela kostnad en gång.',
  'rule.split-equally': 'Räkneregel: kostnaden för ett projekt med flera huvudmän är delad lika mellan huvudmännen.',
  'rule.administrator-home':
    'Räkneregel: kostnaden är delad lika mellan huvudmännen och delarna förs till landskapet för huvudmannens hemort.',
  'rule.stated': 'Talet som det står i dokumentet.',
  'rule.count': 'Antal: {count, plural, one {# rad} other {# rader}}.',
  colRow: 'Rad och källa',
  colValue: 'Värde',
  total: 'Totalt',
  share: 'Andel: {part} / {whole} = {share}',
  part: '{whole} × {count}/{parts}',
  excluded: 'Inte medräknade',
  'reason.no-cost': 'ingen kostnadsuppgift',
  notes: 'Anmärkningar som påverkar talet',
  noteLink: 'Källor och kvalitet',
  barsHeading: 'Staplarnas uträkningar',
  besideNotes: 'Obs.',
  projectNotes: '{count, plural, one {# anmärkning om ett projekt} other {# anmärkningar om projekt}}: se ”{open}”',
} satisfies Strings<'explain'>;
