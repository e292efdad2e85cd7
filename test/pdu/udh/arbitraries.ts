import fc from 'fast-check';
import type { UdhElement } from '../../../src/index.js';

/** Any valid element; raw identifiers avoid those with typed elements. */
export const arbitraryUdhElement: fc.Arbitrary<UdhElement> = fc.oneof(
  fc.integer({ min: 1, max: 255 }).chain((total) =>
    fc.record({
      type: fc.constant('concat' as const),
      referenceBits: fc.constantFrom(8 as const, 16 as const),
      total: fc.constant(total),
      sequence: fc.integer({ min: 1, max: total }),
      reference: fc.integer({ min: 0, max: 0xffff }),
    }).map((e) => ({ ...e, reference: e.referenceBits === 8 ? e.reference & 0xff : e.reference })),
  ),
  fc.record({
    type: fc.constant('ports' as const),
    portBits: fc.constantFrom(8 as const, 16 as const),
    destination: fc.integer({ min: 0, max: 0xffff }),
    source: fc.integer({ min: 0, max: 0xffff }),
  }).map((e) => (e.portBits === 8 ? { ...e, destination: e.destination & 0xff, source: e.source & 0xff } : e)),
  fc.record({ type: fc.constantFrom('singleShift' as const, 'lockingShift' as const), language: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    type: fc.constant('raw' as const),
    id: fc.integer({ min: 0, max: 255 }).filter((id) => ![0x00, 0x04, 0x05, 0x08, 0x24, 0x25].includes(id)),
    data: fc.uint8Array({ maxLength: 20 }),
  }),
);
