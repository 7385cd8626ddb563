/**
 * Hungarian sentences written for Chorus by an engineer, not a native speaker: the way a child
 * might type them on a phone (mostly without accents, unpunctuated). None is a real child's and
 * none is copied. Recall measured on them is an upper bound until a council's reviewer adds
 * sentences.
 */
import { sentences } from "./entry.js";

const { yes, no } = sentences("hu");

export const hu = [
  yes("physical-abuse", "apam megver ha reszeg"),
  yes("physical-abuse", "a mostohaapam pofon vagott es meghuzta a hajam"),
  yes("physical-abuse", "kek foltok vannak a karomon anyukam baratjatol"),
  yes("physical-abuse", "a nevelonom lokdos es ram kiabal"),
  yes("sexual-abuse", "a nagybatyam hozzaer a bugyimhoz es azt mondja ez a mi titkunk"),
  yes("sexual-abuse", "egy pasi instagramon meztelen kepeket ker tolem"),
  yes("sexual-abuse", "anyam pasija ejjel bejon az agyamba"),
  yes("self-harm", "meg akarok halni"),
  yes("self-harm", "megint vagdostam magam"),
  yes("self-harm", "nem akarok tovabb elni mindenkinek jobb lenne nelkulem"),
  yes("self-harm", "tegnap bevettem egy csomo gyogyszert es nem mondtam senkinek"),
  yes("neglect", "otthon nincs mit enni es mindig ehes vagyok"),
  yes("neglect", "anyu bezar a szobamba egesz napra"),
  yes("neglect", "egyedul hagynak hetvegen az ocsemmel"),
  yes("domestic-abuse", "apu veri anyut en meg elbujok"),
  yes("domestic-abuse", "a szuleim mindig veszekednek es tegnap kijottek a rendorok"),
  yes("criminal-exploitation", "a nagyobb fiuk kenyszeritenek hogy fuvet aruljak"),
  yes("criminal-exploitation", "csomagokat kell vinnem drogot kulonben megvernek"),
  yes("forced-marriage", "a szuleim ferjhez akarnak adni az unokatestveremhez de nem akarom"),
  yes("missing", "ma ejjel elszokok otthonrol"),
  yes("missing", "apam kidobott otthonrol es az utcan alszom"),
  yes("harm", "azt mondta megol ha elmondom valakinek"),
  yes("harm", "otthon nem erzem magam biztonsagban"),
  yes("harm", "nem akarok hazamenni"),
  yes("fear", "felek a mostohaapamtol"),
  yes("bullying", "a suliban csufolnak es kikozositenek"),
  yes("wellbeing", "nagyon hianyzik anyukam es minden este sirok"),
  no("apa rugja a labdat a tesommal az udvaron"),
  no("meghalok a rohogestol"),
  no("hevesen ver a szivem a dolgozat elott"),
  no("felek a pokoktol"),
  no("elszokott a kutyank de mar hazajott"),
  no("anya adott penzt ebedre"),
  no("ehes vagyok mint a farkas megyek haza ebedelni"),
  no("a batyam focizik es tegnap golt rugott"),
  no("a nagymamam sutott nekem sutit"),
  no("szeretem a csaladomat"),
  no("a suliban jo minden sok baratom van"),
  no("apu elvitt horgaszni"),
  no("megvertuk a masik csapatot a meccsen"),
  no("a nagynenem vett nekem uj cipot"),
  no("tegnap anyuval moziban voltunk"),
  no("lekestem a buszt ezert kestem el"),
  no("segitettem apunak asni a kertben"),
  // Written after the tuning above, and measured before the lexicon was changed for them.
  yes("physical-abuse", "apam megutott ovvel mert rossz jegyet kaptam"),
  yes("self-harm", "mar nem akarok ezen a vilagon lenni"),
  yes("sexual-abuse", "egy srac a netrol kepeket ker rolam alsonemuben"),
  yes("neglect", "harom napja nem ettunk semmit"),
  yes("criminal-exploitation", "tartozom nekik es azt mondtak le kell dolgoznom"),
  yes("harm", "az osztalytarsaim meg akarnak verni suli utan"),
  no("anyam megol ha meglatja a bizonyitvanyomat"),
  no("a tesom fejbe dobott a labdaval"),
  no("apa adott egy puszit jo ejszakat"),
];
