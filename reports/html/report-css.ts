// The report's stylesheet (inlined: the report is one self-contained file).

/** CSS of index.html. */
export const reportCss = `
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
header{padding:16px 24px 10px;background:#fff;border-bottom:1px solid #d8dde3}h1{font-size:20px;margin:0 0 4px}
main{padding:12px 24px 40px}code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
details.sec{background:#fff;border:1px solid #d8dde3;border-radius:6px;margin:0 0 14px}
details.sec>summary{font-weight:600;font-size:16px;padding:10px 14px;cursor:pointer}
details.sec>summary .count{font-weight:400;color:#5b6570;font-size:13px;margin-left:6px}
details.sec>div{padding:0 14px 14px;overflow-x:auto}
details.drift-sec{border:2px solid #e0a100;background:#fffaf0}details.drift-sec.gating{border-color:#c0392b}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #e6e9ed;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f0f2f5}
td.wrap{overflow-wrap:anywhere;min-width:160px}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}tr.sub td{font-weight:600;background:#f7f8fa}tr.sub td:first-child{padding-left:8px}
tr.act td:first-child{padding-left:22px}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;white-space:nowrap}
.passed{background:#dcf5e3;color:#135c2a}.failed{background:#fde2e1;color:#8a1c15}.skipped{background:#eceff3;color:#4a5461}.errored{background:#fff0cf;color:#7a4d00}
.driftb{background:#ffe3a3;color:#6b4500}.conflict{background:#e4ecfb;color:#1f3f7a}.gate{background:#c0392b;color:#fff}
.verdict{font-size:18px;font-weight:700;margin:6px 0}.ok{color:#135c2a}.bad{color:#8a1c15}.warn{color:#7a4d00}
.cards{display:flex;gap:10px;flex-wrap:wrap;margin:6px 0}.card{padding:6px 14px;border-radius:6px;min-width:100px}.card b{display:block;font-size:22px}
pre{white-space:pre-wrap;word-break:break-all;background:#f6f8fa;border:1px solid #e6e9ed;padding:8px;border-radius:4px;max-height:280px;overflow:auto;margin:4px 0}
.filters{position:sticky;top:0;z-index:2;display:flex;gap:10px;flex-wrap:wrap;align-items:center;padding:8px 24px;background:#eef1f5;border-bottom:1px solid #d8dde3}
select,input,button{font:inherit;padding:3px 6px}button{cursor:pointer}
tr.drift td,.undoc{background:#fff0cf}tr.gating td:first-child{box-shadow:inset 3px 0 #c0392b}
.muted{color:#5b6570}.sev-critical{color:#8a1c15;font-weight:700}.sev-major{color:#a4410e;font-weight:600}.sev-minor{color:#5b6570;font-weight:600}
.finding{border-top:1px solid #e6e9ed;padding:10px 0}.finding h3{font-size:14px;margin:0 0 4px}.kv{display:grid;grid-template-columns:140px 1fr;gap:2px 10px;margin:6px 0}.kv>div:nth-child(odd){color:#5b6570}
.cell-pass{background:#dcf5e3}.cell-fail{background:#fde2e1}.cell-skip{background:#eceff3}.cell-err{background:#fff0cf}
.stack{display:inline-flex;width:120px;height:10px;border-radius:2px;overflow:hidden;vertical-align:middle;background:#eceff3}.stack span{display:block;height:100%}
.s-passed{background:#3fb266}.s-failed{background:#d9463b}.s-skipped{background:#aab2bd}.s-errored{background:#e6a700}
tr.case{cursor:default}tr.case.has-detail{cursor:pointer}tr.case.has-detail td:first-child::before{content:"▸ ";color:#5b6570}tr.detail>td{background:#fbfcfd}
svg text{font:12px system-ui,sans-serif;fill:#1b1f24}svg .p95{fill:#b9cdf7}svg .p50{fill:#3d6fd8}svg .base{stroke:#e07b00;stroke-width:2}
.more{margin-top:8px}.legend span{margin-right:14px}.legend i{display:inline-block;width:12px;height:10px;margin-right:4px;vertical-align:middle}
`;
