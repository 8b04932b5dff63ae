document.getElementById('accept-cookies').addEventListener('click', function () {
  document.getElementById('cookie-banner').hidden = true;
});
