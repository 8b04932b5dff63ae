// DocSearch as its documentation installs it. The keys are placeholders: the bench measures what the widget
// costs a page that nobody searches on, and DocSearch asks Algolia for nothing until the visitor opens it.
docsearch({ container: '#docsearch', appId: 'BENCHAPP00', apiKey: 'bench-search-only-key', indexName: 'bench' });
