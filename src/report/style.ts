// The report's stylesheet (inline in the file; the CSP allows inline styles only).
import { FONT_FAMILY } from './font.js';
import { MAP_CSS } from './map.js';

/** One colour per kind of difference between sources, used for badges, row borders and the legend. */
export const KIND_COLOURS: Record<string, string> = {
  agreement: '#2e7d32',
  rounding: '#00838f',
  update: '#1565c0',
  scope: '#7b1fa2',
  contradiction: '#c62828',
  denial: '#e65100',
};

export function reportCss(): string {
  const kinds = Object.entries(KIND_COLOURS)
    .map(([k, c]) => `.k-${k}{--kc:${c}}`)
    .join('\n');
  return `
:root{--ink:#1c2430;--muted:#5d6775;--line:#dfe3e8;--bg:#f5f6f8;--card:#fff;--accent:#12406b;--mark:#ffe066;
--ar:"${FONT_FAMILY}","Noto Naskh Arabic UI","Amiri","Geeza Pro","Arial",serif;
--ui:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"${FONT_FAMILY}",sans-serif}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 var(--ui)}
${kinds}
a{color:var(--accent)}
.ar,[lang=ar]{font-family:var(--ar);font-size:1.08em;line-height:1.75}
bdi.ar{font-size:1.06em}
header.top{background:linear-gradient(120deg,#0f2f50,#1d4e7c);color:#fff;padding:22px 0 0}
.wrap{max-width:1180px;margin:0 auto;padding:0 20px}
header.top h1{margin:0;font-size:26px;font-weight:650;letter-spacing:.2px}
header.top h1 .ar{font-weight:700;opacity:.85;margin-left:10px;font-size:.95em}
header.top .sub{margin:4px 0 14px;color:#cfe0f1;font-size:14px}
nav.toc{display:flex;gap:2px;overflow-x:auto;scrollbar-width:none}
nav.toc a{color:#e5eef8;text-decoration:none;padding:8px 12px;border-radius:6px 6px 0 0;font-size:14px;white-space:nowrap}
nav.toc a:hover{background:rgba(255,255,255,.12)}
main{padding:8px 0 40px}
section{margin:26px 0}
h2{font-size:20px;margin:0 0 12px;display:flex;align-items:baseline;gap:10px;flex-wrap:wrap}
h2 .ar{font-size:17px;color:var(--muted);font-weight:400}
h3{font-size:16px;margin:0 0 6px}
.lead{color:var(--muted);margin:-6px 0 12px;font-size:14px;max-width:820px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
.none{color:var(--muted);font-style:italic;background:var(--card);border:1px dashed var(--line);border-radius:8px;padding:10px 14px}
.muted{color:var(--muted)}
.small{font-size:13px}
.glance{display:grid;grid-template-columns:minmax(0,1.7fr) minmax(0,1fr);grid-template-areas:"facts how" "kf kf";gap:14px}
.facts-card{grid-area:facts}.howto{grid-area:how}.keyfigs{grid-area:kf}
.howto p{margin:0 0 10px}
.howto .legend{display:grid;grid-template-columns:1fr;gap:5px;margin:0}
.facts .date{display:inline-block;min-width:86px}
.facts{margin:0;display:grid;grid-template-columns:auto 1fr;gap:6px 14px}
.facts dt{font-weight:600;color:var(--muted);font-size:13px;text-transform:uppercase;letter-spacing:.5px;padding-top:3px}
.facts dd{margin:0}
.facts ul{margin:0;padding:0;list-style:none}
.facts li{margin:2px 0}
.facts sup{line-height:0;font-size:10.5px;margin-left:1px}
.kf{display:grid;grid-template-columns:repeat(auto-fill,minmax(205px,1fr));gap:12px}
.kfig{background:var(--card);border:1px solid var(--line);border-top:4px solid var(--kc,#8895a5);border-radius:10px;padding:12px 14px;display:flex;flex-direction:column;gap:4px}
.keyfigs h3 .muted{font-weight:400;margin-left:6px}
.rule{margin:0 0 10px;max-width:980px}
.kfig .label{font-weight:650;font-size:14px;color:#334}
.kfig .bestline{display:flex;align-items:baseline;gap:10px;flex-wrap:wrap}
.kfig a.best{font-size:30px;font-weight:700;text-decoration:none;color:var(--ink);line-height:1.15;border-radius:4px;font-variant-numeric:tabular-nums}
.kfig .range{font-size:13px;color:var(--muted);font-variant-numeric:tabular-nums}
.kfig .note{color:#7a4b00;background:#fff8e6;border-radius:4px;padding:2px 6px}
.kfig .chips{padding-top:2px}
.chips{display:flex;flex-wrap:wrap;gap:4px;margin-top:4px}
a.src{text-decoration:none;color:inherit;cursor:pointer;border-radius:4px}
a.src:hover,a.src:focus-visible{background:#fff3bf;outline:2px solid #f0c419;outline-offset:1px}
a.src.active{background:var(--mark);outline:2px solid #d4a800}
a.chip,span.chip{display:inline-flex;align-items:baseline;gap:5px;border:1px solid var(--line);background:#f8fafc;border-radius:999px;padding:1px 9px;font-size:13px;white-space:nowrap}
a.chip.val{font-weight:650;font-variant-numeric:tabular-nums}
a.chip.deny{border-color:#e65100;background:#fff4ec;color:#8a3000}
.chip .who{font-weight:400;color:var(--muted);font-size:12px}
.badge{display:inline-block;font-size:11.5px;font-weight:700;letter-spacing:.4px;text-transform:uppercase;color:#fff;background:var(--kc,#68778a);border-radius:4px;padding:1px 7px;vertical-align:1px}
.tag{display:inline-block;font-size:12px;border:1px solid var(--line);border-radius:4px;padding:0 6px;color:var(--muted);background:#fff}
.legend{display:flex;flex-wrap:wrap;gap:8px 16px;margin:0 0 12px;font-size:13px;color:var(--muted)}
.tablewrap{overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:10px}
table{border-collapse:collapse;width:100%}
th,td{padding:9px 12px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:#eef2f6;font-size:13px;font-weight:650;position:sticky;top:0}
thead th .kindof{display:block;font-weight:400;color:var(--muted);font-size:11.5px;text-transform:uppercase;letter-spacing:.4px}
tbody tr:last-child td,tbody tr:last-child th{border-bottom:0}
.ftable{background:var(--card);border:1px solid var(--line);border-radius:10px;overflow:hidden}
.frow{display:grid;grid-template-columns:minmax(0,27fr) 112px minmax(0,64fr);border-top:1px solid var(--line);border-left:5px solid var(--kc,#ccd3db)}
.frow>div{padding:10px 14px;min-width:0}
.frow.fhead{border-top:0;border-left-color:#eef2f6;background:#eef2f6;font-size:12.5px;font-weight:650;color:#3a4654;text-transform:uppercase;letter-spacing:.4px}
.frow.fhead>div{padding:8px 14px}
.frow.dis{background:color-mix(in srgb,var(--kc) 4%,#fff)}
.frow.loose{border-left-style:dashed}
.frow .rowlabel{font-weight:650;font-size:15.5px}
.frow .tags{margin:3px 0;display:flex;flex-wrap:wrap;gap:4px 6px;align-items:center}
.frow .expl{font-size:13.5px;color:#3a4654;margin-top:4px}
.frow details.why summary{cursor:pointer;color:var(--accent);margin-top:4px}
.frow details.why p{margin:4px 0 0;color:var(--muted);font-size:12.5px}
.fe{display:flex;flex-direction:column;align-items:flex-start}
.fe .elabel{font-size:11px;text-transform:uppercase;letter-spacing:.5px;color:var(--muted)}
.fe b{font-size:22px;line-height:1.2;font-variant-numeric:tabular-nums}
.fe .erange{font-size:12.5px;color:var(--muted);font-variant-numeric:tabular-nums}
ul.claims{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:max-content minmax(0,1fr);gap:5px 10px;align-items:baseline}
ul.claims li{display:contents}
ul.claims a.chip{min-width:58px;justify-content:center;justify-self:start}
.csrc{min-width:0}
.nowrap{white-space:nowrap}
.timeline{list-style:none;margin:0;padding:0;position:relative}
.timeline::before{content:"";position:absolute;left:150px;top:6px;bottom:6px;width:2px;background:#c9d3de}
.tl{display:grid;grid-template-columns:138px 24px 1fr;gap:0;margin:0 0 12px}
.tl .when{text-align:right;font-weight:650;padding-top:10px;font-variant-numeric:tabular-nums}
.tl .when .prec{display:block;font-weight:400;font-size:12px;color:var(--muted)}
.tl .dot{width:14px;height:14px;border-radius:50%;background:#fff;border:3px solid var(--accent);margin:13px 0 0 6px;position:relative;z-index:1}
.tl .card{padding:4px 14px}
.tev{padding:8px 0}
.tev+.tev{border-top:1px solid var(--line)}
.tl .what{display:flex;flex-wrap:wrap;gap:4px 6px;align-items:baseline}
.tl .what>a.src{font-weight:650;margin-right:6px}
.ev{margin:4px 0 0;padding:0;list-style:none}
.ev li{margin:3px 0;padding:0 10px;border-right:3px solid #c9d3de;font-size:15px;line-height:1.7}
.ev .who{font-size:11.5px;background:#eef2f6;border-radius:4px;padding:0 5px;margin-right:4px;white-space:nowrap}
.source .fgroup{display:inline-flex;flex-wrap:wrap;gap:4px;align-items:baseline;margin:0 10px 3px 0}
.source .ttl{margin:2px 0 4px;line-height:1.6}
.quotes{display:grid;gap:14px}
.speaker h3{display:flex;flex-wrap:wrap;gap:8px;align-items:baseline}
.q{border-top:1px solid var(--line);padding:8px 0 6px}
.qmeta{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center}
details.more>summary{cursor:pointer;color:var(--accent);font-size:13px;padding:6px 0}
.q:first-of-type{border-top:0}
.q blockquote{margin:0 0 4px;padding:2px 12px;border-right:4px solid #9fb3c8;background:#fafbfc;border-radius:4px}
.q blockquote.direct{border-right-color:var(--accent)}
.q blockquote.denies{border-right-color:#e65100}
.chain{display:flex;flex-wrap:wrap;align-items:center;gap:4px;font-size:13px}
.chain .node{border:1px solid var(--line);background:#fff;border-radius:6px;padding:0 8px}
.chain .node.speaker{border-color:#9fb3c8;background:#eef4fa;font-weight:600}
.chain .node.outlet{background:#f3f0fa;border-color:#cdbfe8}
.chain .arrow{color:var(--muted)}
.sources{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:14px}
.source h3{margin-bottom:2px}
.source .meta{font-size:13px;color:var(--muted);margin:2px 0 8px}
.source .meta span+span::before{content:"\\00b7";margin:0 6px}
.source .only{font-size:13px}
.source .only ul{margin:4px 0;padding-left:18px}
details.full summary{cursor:pointer;color:var(--accent);font-size:13px;margin-top:8px}
.fulltext{white-space:pre-wrap;max-height:420px;overflow:auto;border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin-top:6px;background:#fcfcfd}
.url{word-break:break-all}
table.ent td.variants{max-width:520px}
table.ent .chip{margin:1px}
.problems li{margin:3px 0}
footer{color:var(--muted);font-size:12.5px;border-top:1px solid var(--line);padding:14px 0 30px}
.viewer{position:fixed;top:0;right:0;bottom:0;width:min(560px,46vw);background:#fff;border-left:1px solid var(--line);box-shadow:-10px 0 30px rgba(15,30,50,.16);display:flex;flex-direction:column;z-index:10;outline:none}
.viewer[hidden]{display:none}
.viewer-head{display:flex;gap:10px;align-items:flex-start;padding:14px 16px 8px;border-bottom:1px solid var(--line);background:#f8fafc}
.viewer-head h2{font-size:17px;margin:2px 0 0;flex:1}
.viewer-meta{font-size:12.5px;color:var(--muted)}
.viewer-where{font-size:12.5px;color:var(--muted);padding:6px 16px;border-bottom:1px solid var(--line)}
.viewer-close{border:1px solid var(--line);background:#fff;border-radius:6px;font-size:20px;line-height:1;padding:4px 10px;cursor:pointer}
.viewer-body{flex:1;overflow:auto;padding:12px 20px 40vh;white-space:pre-wrap;font-size:17px;line-height:1.9}
.viewer-body mark{background:var(--mark);box-shadow:0 0 0 3px var(--mark);border-radius:2px;color:inherit}
.furn{color:#8c96a3;background:repeating-linear-gradient(135deg,transparent 0 6px,#f1f3f5 6px 8px)}
@media (min-width:1200px){body.viewing main,body.viewing footer,body.viewing header.top{margin-right:min(560px,46vw)}body.viewing .wrap{max-width:none}}
@media (max-width:860px){.glance{grid-template-columns:1fr;grid-template-areas:"facts" "kf" "how"}}
@media (max-width:640px){
body{font-size:14.5px}.wrap{padding:0 12px}
header.top h1{font-size:21px}
.viewer{width:100vw;border-left:0}
.sources{grid-template-columns:1fr}
.timeline::before{left:7px}
.tl{grid-template-columns:24px 1fr;grid-template-areas:"dot when" "dot card"}
.tl .when{grid-area:when;text-align:left;padding-top:6px}
.tl .when .prec{display:inline;margin-left:6px}
.tl .dot{grid-area:dot;margin:9px 0 0 1px}
.tl .card{grid-area:card}
.frow{grid-template-columns:minmax(0,1fr) auto;grid-template-areas:"q e" "c c"}
.frow .fq{grid-area:q}.frow .fe{grid-area:e;align-items:flex-end;text-align:right}.frow .fc{grid-area:c;padding-top:0}
.frow.fhead{display:none}
.frow>div{padding:10px 10px}
.legend{gap:4px 10px}
.facts{grid-template-columns:1fr}
}
/* long lists: rows and cards off screen are not laid out or painted until scrolled to */
.card.source,.card.speaker,.frow:not(.fhead),li.tl,table.ent tbody tr{content-visibility:auto;contain-intrinsic-size:auto 160px}
.more-line{text-align:center;margin:10px 0}
.more-btn{font:inherit;font-size:14px;color:var(--accent);background:var(--card);border:1px solid var(--line);border-radius:6px;padding:6px 14px;cursor:pointer}
${MAP_CSS}
/* the interface's language (ui.ts): the root's data-ui shows one of each pair; the switch flips it */
html[data-ui=en] .ui-ar,html[data-ui=ar] .ui-en{display:none!important}
.title-row{display:flex;align-items:center;justify-content:space-between;gap:12px}
.ui-switch{font:inherit;font-size:14px;color:#fff;background:rgba(255,255,255,.12);border:1px solid rgba(255,255,255,.45);border-radius:6px;padding:4px 12px;cursor:pointer}
.viewer-titles{flex:1}
.translit{font-style:italic}
@media print{.viewer,nav.toc,.more-line{display:none}.card.source,.card.speaker,.frow,li.tl,table.ent tbody tr{content-visibility:visible}}
`;
}
