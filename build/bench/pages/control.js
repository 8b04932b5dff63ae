document.documentElement.setAttribute("data-control", "");
