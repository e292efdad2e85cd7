/**
 * A seeded corpus of SMS texts for the benchmark (issue 6): the same seed
 * always gives the same messages, on any machine.
 *
 * Mix, per block of 10 messages (so any slice of a multiple of 10 keeps it):
 *   7 short GSM (about 60 characters), 1 long GSM (300-900 characters),
 *   1 GSM with extension-table characters (€ [ ] { } ~ ^ \ |),
 *   1 UCS-2 (emoji, Cyrillic or Chinese).
 */

/** sfc32: a small, fast, seedable PRNG; returns floats in [0, 1). */
export function createRandom(seed) {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return next;
}

const WORDS = (
  'your order has been shipped and will arrive tomorrow between the hours of code is valid for minutes ' +
  'please do not share it with anyone appointment reminder at the clinic on reply stop to opt out ' +
  'thank you for your payment balance account ticket booking confirmed gate seat flight delayed new time ' +
  'hello meet me at station today tonight call back when you can see you soon delivery parcel tracking ' +
  'Monday Tuesday Friday June London Paris Berlin Zürich København Ørsted Åland Ñoño Müller'
).split(' ');
const PUNCT = ['.', ',', '!', '?', ':', ';', ' -', '"', "'", '(', ')', '@', '£', '$', '%', '&', '*', '+', '/', '=', '#', '_'];
const EXTENSION = ['€', '[', ']', '{', '}', '~', '^', '\\', '|'];
const CYRILLIC = 'Ваш заказ отправлен и будет доставлен завтра код подтверждения не сообщайте его никому спасибо за оплату встреча в пятницу'.split(' ');
const CHINESE = '您的验证码是请勿泄露给他人订单已发货预计明天送达感谢您的支付会议改到周五下午三点欢迎光临祝您生活愉快余额不足请及时充值';
const EMOJI = ['😀', '🎉', '👍', '❤️', '🚚', '📦', '✅', '🙏', '😂', '🔥', '⭐', '🇨🇭', '👨‍👩‍👧'];

const pick = (random, list) => list[Math.floor(random() * list.length)];
const between = (random, min, max) => min + Math.floor(random() * (max - min + 1));

/** Latin text of exactly `length` characters from the GSM basic alphabet (words, digits, punctuation). */
function gsmText(random, length) {
  let out = '';
  while (out.length < length) {
    const roll = random();
    if (roll < 0.08) out += String(between(random, 0, 99999));
    else if (roll < 0.2) out += pick(random, PUNCT);
    else out += pick(random, WORDS);
    out += ' ';
  }
  return out.slice(0, length).trimEnd().padEnd(length, '.');
}

function withExtension(random) {
  const base = gsmText(random, between(random, 40, 140)).split('');
  const count = between(random, 1, 4);
  for (let i = 0; i < count; i++) base.splice(between(random, 0, base.length), 0, pick(random, EXTENSION));
  return base.join('');
}

function ucs2Text(random) {
  const kind = between(random, 0, 2);
  if (kind === 0) {
    // Latin with emoji (surrogate pairs, ZWJ sequences, flags).
    let out = gsmText(random, between(random, 20, 90));
    const count = between(random, 1, 3);
    for (let i = 0; i < count; i++) out += ` ${pick(random, EMOJI)}`;
    return out;
  }
  if (kind === 1) {
    const target = between(random, 30, 140);
    let out = '';
    while (out.length < target) out += `${pick(random, CYRILLIC)}${random() < 0.15 ? ', ' : ' '}`;
    return `${out.slice(0, target).trimEnd()}${random() < 0.3 ? ` ${between(random, 100, 999999)}` : ''}`;
  }
  const target = between(random, 15, 70);
  let out = '';
  while (out.length < target) {
    const start = between(random, 0, CHINESE.length - 4);
    out += CHINESE.slice(start, start + between(random, 2, 4));
    if (random() < 0.2) out += '，';
  }
  return `${out.slice(0, target)}。`;
}

/**
 * The corpus: `count` messages (a multiple of 10) from `seed`.
 *
 * @returns {{ text: string, kind: 'short' | 'long' | 'extension' | 'ucs2' }[]}
 */
export function generateCorpus(seed = 20261129, count = 10_000) {
  const random = createRandom(seed);
  const messages = [];
  const kinds = ['short', 'short', 'short', 'short', 'short', 'short', 'short', 'long', 'extension', 'ucs2'];
  for (let block = 0; block < count / 10; block++) {
    const order = kinds.slice();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const kind of order) {
      let text;
      if (kind === 'short') text = gsmText(random, between(random, 45, 75));
      else if (kind === 'long') text = gsmText(random, between(random, 300, 900));
      else if (kind === 'extension') text = withExtension(random);
      else text = ucs2Text(random);
      messages.push({ text, kind });
    }
  }
  // Flat strings, as a parsed request body gives them: the generator's slices and
  // concatenations would otherwise leave sliced and cons strings behind.
  return JSON.parse(JSON.stringify(messages));
}

/** Counts and average lengths per kind, for the report. */
export function describeCorpus(corpus) {
  const stats = {};
  for (const { text, kind } of corpus) {
    const s = (stats[kind] ??= { count: 0, units: 0 });
    s.count++;
    s.units += text.length;
  }
  return Object.entries(stats).map(([kind, s]) => `${kind} ${s.count} (avg ${Math.round(s.units / s.count)} UTF-16 units)`).join(', ');
}
