/**
 * A real, playable WAV made in code (a short tone), for tests and the browser journeys: a browser
 * decodes and plays it, so a test can see the recording played, not just fetched.
 */
export function sampleWav(options: { seconds?: number; hertz?: number } = {}): Uint8Array {
  const rate = 8000;
  const samples = Math.round(rate * (options.seconds ?? 0.5));
  const hertz = options.hertz ?? 440;
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  const text = (at: number, value: string) => {
    for (let i = 0; i < value.length; i++) bytes[at + i] = value.charCodeAt(i);
  };
  text(0, "RIFF");
  view.setUint32(4, 36 + samples, true);
  text(8, "WAVE");
  text(12, "fmt ");
  view.setUint32(16, 16, true); // the format block's size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // one channel
  view.setUint32(24, rate, true);
  view.setUint32(28, rate, true); // bytes a second: one byte a sample
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true); // bits a sample
  text(36, "data");
  view.setUint32(40, samples, true);
  for (let i = 0; i < samples; i++) {
    bytes[44 + i] = 128 + Math.round(60 * Math.sin((2 * Math.PI * hertz * i) / rate));
  }
  return bytes;
}
