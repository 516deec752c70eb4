import { chromium } from '@playwright/test';
import { serveDir } from './scripts/stills-server.mjs';
const [W,H,cssW,cssH] = process.argv.slice(2).map(Number);
const srv = await serveDir('build');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-dev-shm-usage','--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: cssW, height: cssH }, deviceScaleFactor: W/cssW });
const p = await ctx.newPage();
await p.goto(srv.url + '/still/top-five/?theme=light');
await p.waitForSelector('[data-still-ready]', { state: 'attached' });
const r = await p.evaluate(async ([W,H]) => {
  const t = {ser:0, dec:0, draw:0, enc:0};
  const canvas = new OffscreenCanvas(W,H); const ctx = canvas.getContext('2d');
  let bytes = 0;
  const enc = new VideoEncoder({ output: (c) => { bytes += c.byteLength; }, error: (e) => console.error(e) });
  enc.configure({ codec: 'avc1.640028', width: W, height: H, bitrate: 6e6, framerate: 30, avc: { format: 'avc' } });
  const N = 30;
  const t0 = performance.now();
  const fontCss = await window.__still.fontCss();
  for (let i = 0; i < N; i++) {
    let a = performance.now();
    const svg = await window.__still.svg({ width: W, height: H });
    t.ser += performance.now() - a; a = performance.now();
    const img = new Image(); img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg); await img.decode();
    t.dec += performance.now() - a; a = performance.now();
    ctx.drawImage(img, 0, 0, W, H);
    const f = new VideoFrame(canvas, { timestamp: i * 33333 });
    t.draw += performance.now() - a; a = performance.now();
    enc.encode(f, { keyFrame: i % 60 === 0 }); f.close();
    while (enc.encodeQueueSize > 2) await new Promise(r => setTimeout(r, 1));
    t.enc += performance.now() - a;
  }
  await enc.flush();
  const total = performance.now() - t0;
  return { perFrame: total / N, ser: t.ser/N, dec: t.dec/N, draw: t.draw/N, enc: t.enc/N, kb: bytes/1024 };
}, [W,H]);
console.log(W, H, r);
await b.close(); await srv.close();
