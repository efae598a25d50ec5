// Injected into a copy of a review page by ReviewPageBrowserTests: what the browser made of the page, as JSON in a script element of type application/json that --dump-dom carries out.
addEventListener('load', () => {
  const sections = [...document.querySelectorAll('section.finding')];
  const visible = sections.filter(s => s.checkVisibility());
  const links = [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'));
  const collapsed = document.querySelector('details.group section.finding');
  const before = collapsed ? collapsed.closest('details').open : null;
  const groups = [...document.querySelectorAll('.group')].map(g => ({ id: g.id, tag: g.tagName, open: g.tagName === 'DETAILS' ? g.open : null }));
  if (collapsed) location.hash = '#' + collapsed.id;
  setTimeout(() => {
    const facts = {
      visible: visible.map(s => ({ level: s.dataset.level, group: s.closest('.group').id, top: s.getBoundingClientRect().top + scrollY })),
      groups,
      sections: sections.length,
      links: links.length,
      brokenLinks: links.filter(h => !h.startsWith('#') || !document.getElementById(h.slice(1))),
      unlinkedSections: sections.filter(s => !links.includes('#' + s.id)).map(s => s.id),
      triageLines: sections.map(s => s.querySelector('.triage-command code').textContent),
      places: sections.map(s => s.querySelector('.place').textContent),
      font: getComputedStyle(document.body).fontFamily,
      cjkFontAvailable: document.fonts.check('16px "Noto Sans CJK SC"', '财政拨款'),
      fragmentOpensCollapsed: collapsed ? { before, after: collapsed.closest('details').open, visible: collapsed.checkVisibility() } : null,
    };
    const out = document.createElement('script');
    out.type = 'application/json';
    out.id = 'probe';
    out.textContent = JSON.stringify(facts);
    document.body.append(out);
  }, 200);
});
