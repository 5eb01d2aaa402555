/** The part of Recharts' tooltip props our tooltips read: the hovered or keyboard-focused datum. */
export interface TooltipProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
}
