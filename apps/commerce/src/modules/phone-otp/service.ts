import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type {
  AuthIdentityDTO,
  AuthIdentityProviderService,
  AuthenticationInput,
  AuthenticationResponse,
  Logger,
} from '@medusajs/framework/types';
import { AbstractAuthModuleProvider } from '@medusajs/framework/utils';
import { vietnamPhone } from '../../phone-number';
import { OTP_SENDERS, type OtpSender } from './otp-sender';

/** A code is good for this long, for this many wrong tries; a new one waits this long. */
const MINUTES_VALID = 5;
const TRIES = 5;
const RESEND_SECONDS = 60;

interface Pending {
  code_hash: string;
  expires_at: number;
  tries_left: number;
  sent_at: number;
}

const hashOf = (phone: string, code: string) =>
  createHash('sha256').update(`${phone}:${code}`).digest('hex');

const failure = (vi: string, en: string): AuthenticationResponse => ({
  success: false,
  error: `${vi} / ${en}`,
});

function pendingOf(identity: AuthIdentityDTO): Pending | undefined {
  const metadata = identity.provider_identities?.find((p) => p.provider === 'phone-otp')
    ?.provider_metadata as Partial<Pending> | undefined;
  return typeof metadata?.code_hash === 'string' ? (metadata as Pending) : undefined;
}

/**
 * Sign-in with a phone and a one-time code (ADR 031), for cooperative members and commune
 * officers. `POST /auth/<actor>/phone-otp { phone }` sends a 6-digit code and answers
 * `{ location }`, the callback; `POST <location> { phone, code }` answers the token. The code is
 * kept only as a hash, is good for 5 minutes and 5 wrong tries, and a new one is sent at most
 * once a minute. A phone's sign-in identity is made on its first code: it reaches nothing until
 * an invitation ties it to an account.
 */
export default class PhoneOtpAuthProvider extends AbstractAuthModuleProvider {
  static override identifier = 'phone-otp';
  static override DISPLAY_NAME = 'Số điện thoại và mã một lần / Phone and one-time code';

  private readonly sender: OtpSender;

  /** `options.sender`, from `PHONE_OTP_SENDER`, names one of OTP_SENDERS. */
  constructor(container: { logger: Logger }, options: { sender: keyof typeof OTP_SENDERS }) {
    super();
    this.sender = OTP_SENDERS[options.sender](container.logger);
  }

  override async register(): Promise<AuthenticationResponse> {
    return failure(
      'Không cần đăng ký số điện thoại: xin mã đăng nhập là đủ',
      'a phone needs no registration: ask for a sign-in code',
    );
  }

  override async authenticate(
    data: AuthenticationInput & { actor_type?: string },
    identities: AuthIdentityProviderService,
  ): Promise<AuthenticationResponse> {
    const phone = vietnamPhone(String(data.body?.phone ?? ''));
    if (!phone) {
      return failure(
        'phone: cần một số điện thoại Việt Nam hợp lệ',
        'phone: a valid Vietnamese phone number is needed',
      );
    }
    let identity: AuthIdentityDTO;
    try {
      identity = await identities.retrieve({ entity_id: phone });
    } catch {
      identity = await identities.create({ entity_id: phone, provider_metadata: {} });
    }
    const now = Date.now();
    const pending = pendingOf(identity);
    const wait = pending ? Math.ceil((pending.sent_at + RESEND_SECONDS * 1000 - now) / 1000) : 0;
    if (wait > 0) {
      return failure(
        `Mã vừa được gửi, chờ ${wait} giây trước khi xin mã mới`,
        `a code was just sent, wait ${wait} seconds before asking again`,
      );
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await identities.update(phone, {
      provider_metadata: {
        code_hash: hashOf(phone, code),
        expires_at: now + MINUTES_VALID * 60 * 1000,
        tries_left: TRIES,
        sent_at: now,
      } satisfies Pending,
    });
    await this.sender.send(phone, code, MINUTES_VALID);
    return {
      success: true,
      location: `/auth/${data.actor_type ?? 'cooperative_member'}/phone-otp/callback`,
    };
  }

  override async validateCallback(
    data: AuthenticationInput,
    identities: AuthIdentityProviderService,
  ): Promise<AuthenticationResponse> {
    const input = { ...data.query, ...data.body };
    const phone = vietnamPhone(String(input.phone ?? ''));
    const code = String(input.code ?? '').trim();
    const wrong = failure(
      'Mã không đúng hoặc đã hết hạn: xin mã mới',
      'the code is wrong or has expired: ask for a new one',
    );
    if (!phone || !/^\d{6}$/.test(code)) return wrong;
    let identity: AuthIdentityDTO;
    try {
      identity = await identities.retrieve({ entity_id: phone });
    } catch {
      return wrong;
    }
    const pending = pendingOf(identity);
    if (!pending || pending.expires_at < Date.now() || pending.tries_left <= 0) return wrong;
    const matches = timingSafeEqual(
      Buffer.from(pending.code_hash, 'hex'),
      Buffer.from(hashOf(phone, code), 'hex'),
    );
    if (!matches) {
      await identities.update(phone, {
        provider_metadata: { ...pending, tries_left: pending.tries_left - 1 },
      });
      return wrong;
    }
    // Used once: the code is forgotten (Medusa merges provider metadata, so each field is
    // overwritten); the time it was sent still spaces the next one.
    const updated = await identities.update(phone, {
      provider_metadata: { ...pending, code_hash: null, tries_left: 0 },
    });
    return { success: true, authIdentity: updated };
  }
}
