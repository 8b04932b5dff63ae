/**
 * English words too common to say what a question is about. Question words ("how", "what") are here too: an FAQ
 * matcher compares topics, and every article is a question.
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  // One string, split at single spaces: the shortest form once minified and compressed.
  (
    'a about above after again against all also am an and any are as at be because been before being below between ' +
    'both but by can could did do does doing done down during each either else etc even ever every few for from ' +
    'further get gets getting got had has have having he her here hers herself him himself his how however i if in ' +
    'into is it its itself just let like may me might mine more most must my myself need needs needed needing no ' +
    'nor not now of off on once only or other ought our ours ourselves out over own please same shall she should ' +
    'so some such than that the their theirs them themselves then there these they this those through thus to too ' +
    'under until up upon us very via was we were what whatever when where whether which while who whom whose why ' +
    'will with within would yes yet you your yours yourself yourselves want wants wanted know tell one ok okay ' +
    'possible able hi hello thanks thank im dont'
  ).split(' '),
);
