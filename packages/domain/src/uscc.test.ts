import { checkUscc, usccCheckCharacter, usccRegionCode } from './uscc';

describe('USCC (GB 32100-2015)', () => {
  it.each(['91130600738737199K', '91350200MA2YJ1XR9G', '91440101MA5CJQ4N59'])('accepts the real code %s', (code) => {
    expect(checkUscc(code)).toEqual({ valid: true, uscc: code });
  });

  it('normalises case and spaces', () => {
    expect(checkUscc(' 91130600738737199k ')).toEqual({ valid: true, uscc: '91130600738737199K' });
  });

  it('says which rule failed', () => {
    expect(checkUscc('9113060073873719')).toEqual({ valid: false, problem: 'LENGTH' });
    expect(checkUscc('91130600738737199I')).toEqual({ valid: false, problem: 'FORMAT' }); // I is not in the set
    expect(checkUscc('911306A0738737199K')).toEqual({ valid: false, problem: 'FORMAT' }); // region must be digits
    expect(checkUscc('91130600738737199L')).toEqual({ valid: false, problem: 'CHECK_DIGIT' });
    expect(checkUscc('91350203M0001QAY9B')).toEqual({ valid: false, problem: 'CHECK_DIGIT' }); // real, but fails (RULES.md §5)
  });

  it('maps a sum of 31 to 0', () => {
    // Find a 17-character prefix whose check character is 0 and confirm the round trip.
    const prefix = '9133010600000000';
    const candidates = '0123456789ABCDEFGHJKLMNPQRTUWXY'.split('').map((c) => prefix + c);
    const zero = candidates.find((p) => usccCheckCharacter(p) === '0');
    expect(zero).toBeDefined();
    expect(checkUscc(`${zero}0`).valid).toBe(true);
  });

  it('reads the registering region', () => {
    expect(usccRegionCode('91130600738737199K')).toBe('130600');
  });
});
