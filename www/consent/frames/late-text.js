// CMP frames render with scripts: add one more line a moment after load.
setTimeout(() => {
  const p = document.createElement('p');
  p.textContent = 'You can change your choice at any time.';
  document.querySelector('.box').append(p);
}, 300);
