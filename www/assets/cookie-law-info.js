// The plugin's behaviour that matters here: "Accept" hides the bar and the overlay, and releases
// the scroll lock. (Sourcelight never clicks it.)
document.getElementById('cookie_action_close_header').addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('cookie-law-info-bar').style.display = 'none';
  for (const el of document.querySelectorAll('.cli-popupbar-overlay')) el.classList.remove('cli-show');
  document.body.classList.remove('cli-barmodal-open');
});
