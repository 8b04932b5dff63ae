// Runs before the widget: remembers the window's own keys so a test can see what the widget added, and records
// Content-Security-Policy violations.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
});
window.__keysBefore = Object.keys(window).concat('__keysBefore');
