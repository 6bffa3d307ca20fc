/** Pure: milliseconds as an ISO 8601 duration with hundredths of a second (xAPI 1.0.3 §4.1.6), e.g. `PT1H2M3.5S`. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(Number.isFinite(ms) ? ms / 10 : 0));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6_000);
  const seconds = (centis % 6_000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
}
