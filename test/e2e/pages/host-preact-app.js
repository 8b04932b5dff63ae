// The host's own Preact 10 app: a counter. It must keep working, and keep its own `window.preact`, with the widget.
window.hostPreact = window.preact;
(function () {
  var h = window.preact.h;
  function Counter() {
    var state = window.preactHostCount || 0;
    return h('button', { id: 'host-counter', type: 'button', onClick: function () {
      window.preactHostCount = state + 1;
      window.preact.render(h(Counter), document.getElementById('host-app'));
    } }, 'Host clicks: ' + state);
  }
  window.preact.render(h(Counter), document.getElementById('host-app'));
})();
