// Builds 20,000 elements before DOMContentLoaded: a table of cells, with prose in some of them.
const grid = document.getElementById('grid');
const rows = [];
for (let i = 0; i < 5000; i++) {
  rows.push(`<div class="row"><span>Cell ${i}</span><span>Value ${i * 7}</span><span>${i % 50 === 0 ? 'The spokesman said the figures were final.' : 'x'}</span></div>`);
}
grid.innerHTML = rows.join('');
