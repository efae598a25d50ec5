// Run by SummaryPageBrowserTests in a copy of an `audit summary --format html` page: what the
// browser laid out, written into the page as JSON for --dump-dom to carry back.
window.addEventListener('load', () => {
  const cells = row => [...row.children].map(c => c.textContent);
  const body = [...document.querySelectorAll('tbody tr')];
  const counts = [...document.querySelectorAll('td.n')];
  const table = document.querySelector('table').getBoundingClientRect();
  const facts = {
    lang: document.documentElement.lang,
    title: document.querySelector('h1').textContent,
    header: cells(document.querySelector('thead tr')),
    rows: body.map(cells),
    totals: document.querySelector('p').textContent,
    countsRightAligned: counts.length > 0 && counts.every(c => getComputedStyle(c).textAlign === 'right'),
    tableWidth: table.width,
    rowHeights: body.map(r => r.getBoundingClientRect().height),
    font: getComputedStyle(document.body).fontFamily,
    cjkFontAvailable: document.fonts.check('16px "Noto Sans CJK SC"', '财政局'),
  };
  const out = document.createElement('script');
  out.type = 'application/json';
  out.id = 'probe';
  out.textContent = JSON.stringify(facts);
  document.body.append(out);
});
