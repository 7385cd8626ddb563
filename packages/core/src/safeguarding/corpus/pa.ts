/**
 * Punjabi sentences, in Gurmukhi and in Roman Punjabi, written for Chorus by an engineer, not a
 * native speaker: the way a child might type them on a phone. None is a real child's and none is
 * copied. Recall measured on them is an upper bound until a council's reviewer adds sentences.
 */
import { sentences } from "./entry.js";

const { yes, no } = sentences("pa");

export const pa = [
  yes("physical-abuse", "ਪਾਪਾ ਮੈਨੂੰ ਬੈਲਟ ਨਾਲ ਕੁੱਟਦੇ ਨੇ"),
  yes("physical-abuse", "papa mainu kutde ne jado sharab peende"),
  yes("physical-abuse", "chacha ne mere muh te chaper mari"),
  yes("physical-abuse", "ਮੇਰੀ ਬਾਂਹ ਤੇ ਨੀਲ ਪਏ ਨੇ ਮਤਰੇਏ ਪਿਓ ਕਰਕੇ"),
  yes("sexual-abuse", "ਉਹ ਬੰਦਾ ਮੈਨੂੰ ਗਲਤ ਥਾਂ ਹੱਥ ਲਾਉਂਦਾ ਤੇ ਕਹਿੰਦਾ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੀਂ"),
  yes("sexual-abuse", "ik banda online meri nangi photo mangda"),
  yes("sexual-abuse", "uncle raat nu mere manje te aunda"),
  yes("self-harm", "ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦੀ ਹਾਂ"),
  yes("self-harm", "main mar jana chahunda haan"),
  yes("self-harm", "kal main bahut goliyan kha layian"),
  yes("self-harm", "ਹੁਣ ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦਾ"),
  yes("neglect", "ਘਰ ਵਿੱਚ ਮੈਨੂੰ ਖਾਣਾ ਨਹੀਂ ਦਿੰਦੇ"),
  yes("neglect", "mainu kamre ch band kar dinde sara din"),
  yes("neglect", "main hamesha bhukha rehnda school ch vi"),
  yes("domestic-abuse", "ਪਿਓ ਮੰਮੀ ਨੂੰ ਮਾਰਦਾ ਤੇ ਮੈਂ ਲੁਕ ਜਾਂਦੀ ਹਾਂ"),
  yes("domestic-abuse", "ghar ch roz ladai hundi te police aayi si"),
  yes("criminal-exploitation", "vadde munde mainu majboor karde drugs vechan layi"),
  yes("criminal-exploitation", "main packets le jana hunda nasha de"),
  yes("forced-marriage", "ਘਰਦੇ ਮੇਰਾ ਵਿਆਹ ਜ਼ਬਰਦਸਤੀ ਇੰਡੀਆ ਵਿੱਚ ਕਰਨਾ ਚਾਹੁੰਦੇ"),
  yes("forced-marriage", "mera viah cousin naal karna chahunde main nahi karna"),
  yes("missing", "ਅੱਜ ਰਾਤ ਘਰੋਂ ਭੱਜ ਜਾਵਾਂਗੀ"),
  yes("missing", "papa ne gharon kadh ditta"),
  yes("harm", "oh kehnda jaan ton maar dunga je kise nu dasya"),
  yes("harm", "main ithe safe nahi haan"),
  yes("harm", "ਮੈਂ ਘਰ ਨਹੀਂ ਜਾਣਾ ਚਾਹੁੰਦਾ"),
  yes("fear", "mainu stepdad ton bahut dar lagda"),
  yes("bullying", "school ch sare mainu tang karde te mazak udaunde"),
  yes("wellbeing", "mummy di bahut yaad aundi te main har raat rondi haan"),
  no("veer ne gend nu lat mari te goal ho gaya"),
  no("ਅਸੀਂ ਹੱਸ ਹੱਸ ਕੇ ਮਰ ਗਏ"),
  no("mainu kuteyan ton dar lagda"),
  no("papa ne mainu navi cycle le ke ditti"),
  no("ਮੰਮੀ ਬਹੁਤ ਸੁਆਦ ਰੋਟੀ ਬਣਾਉਂਦੇ ਨੇ"),
  no("main te veer gappan marde rahe"),
  no("chacha ji sanu park le gaye"),
  no("ਮੈਨੂੰ ਮੇਰਾ ਸਕੂਲ ਬਹੁਤ ਪਸੰਦ ਹੈ"),
  no("dadi ne mainu kahani sunai"),
  no("ਪਾਪਾ ਨੇ ਚੱਕਰ ਮਾਰਿਆ ਬਾਜ਼ਾਰ ਦਾ"),
  no("kal sade ghar viah si bahut maza aaya"),
  no("mainu bhukh lagi hai roti khani"),
  no("main football khedda haan har roz"),
  no("ਦਾਦੀ ਜੀ ਗੁਰਦੁਆਰੇ ਜਾਂਦੇ ਨੇ"),
  no("masi ne mere layi kapde bheje"),
  // Written after the tuning above, and measured before the lexicon was changed for them.
  yes("physical-abuse", "ਤਾਇਆ ਮੈਨੂੰ ਡੰਡੇ ਨਾਲ ਮਾਰਦਾ ਹੈ"),
  yes("self-harm", "main is duniya ch nahi rehna chahundi"),
  yes("sexual-abuse", "koi munda snapchat te meriyan photos mangda kapde lah ke"),
  yes("neglect", "do din ton ghar kuch khan nu nahi"),
  yes("criminal-exploitation", "mainu unha da karza utarna pena nahi ta oh maarange"),
  yes("harm", "school de munde kehnde chhutti baad tainu kuttange"),
  no("mummy mainu maar dengi je report card vekheya"),
  no("veer ne mainu cricket ball maari galti naal"),
  no("papa ne mathe te pyar kita"),
];
