// Behaviour of the placeholder fixture pages: <body data-fill-later="selector"> fills that list a
// second after load, as a widget whose content loads late.
(() => {
  const target = document.body.dataset.fillLater;
  if (!target) return;
  setTimeout(() => {
    const list = document.querySelector(target);
    for (const title of ['Ferry fares rise in spring', 'New harbour bridge opens']) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = '#';
      a.textContent = title;
      li.append(a);
      list.append(li);
    }
  }, 1000);
})();
