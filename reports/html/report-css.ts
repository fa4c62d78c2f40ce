// The report's stylesheet (inlined: the report is one self-contained file).

/** CSS of index.html. */
export const reportCss = `
*{box-sizing:border-box}body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
header{padding:16px 24px;background:#fff;border-bottom:1px solid #d8dde3}h1{font-size:20px;margin:0 0 4px}
main{padding:16px 24px}section{background:#fff;border:1px solid #d8dde3;border-radius:6px;margin:0 0 16px}
section>summary,section>h2{font-weight:600;font-size:16px;padding:10px 14px;cursor:pointer;margin:0}
details>div{padding:0 14px 14px}table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #e6e9ed;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f0f2f5;position:sticky;top:0}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600}
.passed{background:#dcf5e3;color:#135c2a}.failed{background:#fde2e1;color:#8a1c15}.skipped{background:#eceff3;color:#4a5461}.errored{background:#fff0cf;color:#7a4d00}
.verdict{font-size:18px;font-weight:700;margin:6px 0}.ok{color:#135c2a}.bad{color:#8a1c15}.warn{color:#7a4d00}
.cards{display:flex;gap:12px;flex-wrap:wrap}.card{padding:8px 14px;border-radius:6px;min-width:110px}.card b{display:block;font-size:22px}
pre{white-space:pre-wrap;word-break:break-all;background:#f6f8fa;border:1px solid #e6e9ed;padding:8px;border-radius:4px;max-height:320px;overflow:auto;font-size:12px}
.filters{display:flex;gap:8px;flex-wrap:wrap;padding:8px 14px}select,input{font:inherit;padding:3px 6px}
.drift{background:#fff0cf}.muted{color:#5b6570}.sev-critical{color:#8a1c15;font-weight:700}.sev-major{color:#a4410e;font-weight:600}.sev-minor{color:#5b6570}
.finding{border-top:1px solid #e6e9ed;padding:10px 0}.cell-pass{background:#dcf5e3}.cell-fail{background:#fde2e1}.cell-skip{background:#eceff3}.cell-err{background:#fff0cf}
.bar{display:inline-block;height:10px;background:#5b8def;vertical-align:middle}.bar95{background:#c3d4fa}
`;
