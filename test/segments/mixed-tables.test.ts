import { describe, expect, it } from 'vitest';
import { estimateSegments, PORTUGUESE } from '../../src/index.js';

describe('UCS-2 because no one table combination holds every character (#19)', () => {
  it('says so and names the characters outside the closest candidate', () => {
    const estimate = estimateSegments('nº señora', { language: PORTUGUESE });
    expect(estimate.encoding).toBe('ucs2');
    expect(estimate.nonGsmCharacters).toEqual([]);
    expect(estimate.reason).toBe(
      'UCS-2: every character is in some GSM 7-bit table considered, but no one table combination holds them all; "º" is outside the closest (the default alphabet)',
    );
    expect(estimate.reason).not.toContain('  ');
  });

  it('keeps the old sentence when some character is in no table at all', () => {
    expect(estimateSegments('中', { language: PORTUGUESE }).reason).toBe('UCS-2: "中" is in no GSM 7-bit table considered');
  });
});
