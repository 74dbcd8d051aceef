// The floor: the lowest cost of the hub's first screen. The same request to the same sandbox, the same
// cards printed with the DOM directly; no framework, no validation, no states, no localisation.
fetch('/v1/benefits', { headers: { Authorization: 'Bearer sbx_demo_m-jade-001', 'Accept-Language': 'zh-CN' } })
  .then((response) => response.json())
  .then((page) => {
    const list = /** @type {HTMLElement} */ (document.querySelector('.cards'));
    for (const benefit of page.items) {
      const card = document.createElement('li');
      card.className = 'card';
      card.innerHTML = '<img alt="" loading="lazy" decoding="async"><div><p></p><h3></h3><p></p><p></p></div>';
      const [partner, title, subtitle, value] = /** @type {[HTMLElement, HTMLElement, HTMLElement, HTMLElement]} */ ([...card.querySelectorAll('p, h3')]);
      /** @type {HTMLImageElement} */ (card.querySelector('img')).src = benefit.image?.url ?? '';
      partner.textContent = benefit.partner.name;
      title.textContent = benefit.title;
      subtitle.textContent = benefit.subtitle ?? '';
      value.textContent = benefit.value?.label ?? '';
      list.append(card);
    }
  });
