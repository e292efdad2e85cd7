// The provider's two examples from POST /sms/1/binary/multi, built by smshex.
import { encodeText } from '../dist/index.js';

for (const text of ['Test message.', '测试短信。']) {
  const { hex, dataCoding } = encodeText(text);
  console.log(JSON.stringify({ text, hex, dataCoding, esmClass: 0 }));
}
