import { describe, expect, it } from 'vitest';
import type * as Dts from '../../widget/askwell';
import type { AskwellApi } from '../../widget/loader/boot';
import type { AskwellEvent } from '../../widget/model/events';
import type * as Source from '../../widget/mount';

// Compile-time checks (`npm run typecheck`): the hand-written dist/askwell.d.ts accepts what the
// source accepts and promises what it returns. A drift is a type error here.
type Assert<T extends true> = T;
type Extends<A, B> = [A] extends [B] ? true : false;
type Checks = [
  Assert<Extends<Source.MountOptions, Dts.MountOptions>>,
  Assert<Extends<ReturnType<typeof Source.mount>, Dts.AskwellHandle>>,
  Assert<Extends<Dts.AskwellHandle, Source.AskwellHandle>>,
  Assert<Extends<Source.EventDetail, Dts.EventDetail>>,
  Assert<Extends<Dts.EventDetail, Source.EventDetail>>,
  Assert<Extends<NonNullable<Source.MountOptions['crisis']>, Dts.CrisisConfig>>,
  Assert<Extends<Dts.CrisisConfig, NonNullable<Source.MountOptions['crisis']>>>,
  Assert<Extends<AskwellEvent, Dts.AskwellEventName>>,
  Assert<Extends<Dts.AskwellEventName, AskwellEvent>>,
  Assert<Extends<AskwellApi, Dts.AskwellApi>>,
  Assert<Extends<Dts.AskwellApi, AskwellApi>>,
  Assert<Extends<'contact-sent' | 'askwell:contact-sent', Parameters<Dts.AskwellApi['on']>[0]>>,
];

describe('dist/askwell.d.ts', () => {
  it('agrees with the source (checked by tsc)', () => {
    const checked: Checks | undefined = undefined;
    expect(checked).toBeUndefined();
  });
});
