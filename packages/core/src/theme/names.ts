/**
 * First names redacted from quotes, in any case: names common among children and families in
 * England, including families of Polish, South Asian, Arabic and African heritage (with the
 * diminutives children use: "Kasia", "Mo", "Abdi"). Compiled for Chorus from common knowledge of
 * names, not copied from a list; an organisation adds its own (its children's, staff's, homes').
 *
 * `WORD_NAMES` are also ordinary words ("will", "grace", "hope"), so they are taken out only
 * when written with a capital letter.
 */
export const NAMES: readonly string[] = `
oliver george harry noah jack jacob leo oscar charlie muhammad mohammed mohammad mohamed
muhammed alfie henry theo freddie archie joshua thomas james william isaac ethan logan lucas
daniel samuel joseph max mason riley alexander adam benjamin dylan jayden jake kai liam ryan
tyler callum connor kieran lewis reece jordan nathan aaron ben tom tommy danny sam josh luke
matthew michael david chris christopher andrew anthony paul steven stephen john johnny kevin
craig darren dean gary lee martin neil richard robert rob bobby simon stuart wayne carl scott
jamie jason dave mike jim jimmy tony terry alan ian keith shane kyle brandon bradley ashley
olivia amelia isla ava mia ivy lily florence freya ella isabella sophia sophie grace evie
poppy emily ellie chloe jessica jess charlotte lucy holly ruby millie daisy phoebe scarlett
isabelle erin megan hannah lauren bethany amy abigail abbie katie kayleigh kayla leah courtney
jade chelsea shannon paige demi danielle natalie rebecca becky rachel sarah laura emma gemma
kelly stacey tracey tracy sharon karen julie lisa claire clare nicola louise michelle amanda
donna dawn jane janet susan sue mary margaret elizabeth beth lizzie victoria vicky helen
jennifer jenny kate katherine catherine kath anne ann annie zoe maisie tilly esme willow
harper aria luna nova sienna layla maya mya eva elsie nancy bella sadie edith matilda
jacqueline jackie pauline carol linda debbie deborah tina wendy marie nicole toni leanne
kasia kasi asia ania ani zosia ola kuba kubus bartek bartosz piotr piotrek pawel paweł
tomek tomasz marek mariusz krzysztof krzysiek michal michał kacper szymon mateusz jakub
wojtek wojciech lukasz łukasz kamil dawid filip antoni igor oskar wiktor adrian patryk
damian sebastian rafal rafał grzegorz grzesiek janek jan zbigniew agnieszka aga magda
magdalena katarzyna malgorzata małgorzata gosia joanna asia ewa monika marta natalia
karolina weronika wiktoria zuzanna zuzia julia julka maja lena hanna hania oliwia amelka
aleksandra ola dominika paulina justyna beata basia barbara krystyna danuta halina
dorota iwona renata sylwia edyta ilona aneta kinga klaudia patrycja martyna nikola milena
mohammad ahmed ahmad ali hassan hussain hussein omar umar usman osman yusuf yousef youssef
ibrahim ismail idris ilyas zain zayn zayan ayaan ayan rayyan arham aryan hamza haroon
haris bilal imran irfan faisal farhan asif arif tariq tahir zahid zubair junaid waqas
kamran nadeem naveed rizwan shahid sajid salman saif sami samir khalid khaled karim
mahmoud mustafa mostafa abdullah abdul abdi abdirahman abdirahim rashid rahim raheem
hamid hamed nasser walid waleed majid amir emir anas bashir jamal kareem tamim yasin
yaseen yasir yassin zaid zakaria zakariya adnan amjad anwar aziz fahad fares faris
hadi hani jibril jabril karam mazen moustafa nabil omer qasim rami sharif talal yahya
aisha ayesha aysha fatima fatimah fatma zainab zaynab maryam mariam maryum amina aminah
khadija hafsa hafsah hana hiba huda iman inaya aleena alina amira ameera anaya aliyah
aaliyah sara safa marwa nour noor nur layla leila laila lina rania rana reem rima
salma samira sana sanaa yasmin yasmeen jasmine zara zahra zehra zoya nadia nadia dina
hala haya jana lama lara malak mona nada nisreen rasha ruqayyah sumaya sumayyah tasnim
amna asma bushra farah fariha habiba halima hajra humaira iqra kiran mahnoor nabila
rabia rukhsana sadia saima shabana shazia sobia tahira uzma
priya pooja anjali neha ritu simran harpreet gurpreet jaspreet manpreet navdeep
amrit kiran raj rajesh ravi rohan rahul arjun aarav vihaan ishaan krish dev sanjay
suresh vijay amit ankit deepak manoj harjit harvinder jasvinder kuldeep rajinder
sukhjinder baljit gurdeep parminder sunita anita geeta meena rekha shreya diya isha
riya tara avni aditi kavya
kwame kofi kojo kwaku yaw kweku ama akua abena adwoa efua afua esi chinedu chidi
chiamaka chioma chinonso emeka obinna ifeanyi ikenna nnamdi uchenna tobi tobenna
tolu tolulope tunde babatunde ade adeola adebayo ayo ayodele bola damilola funmi
funmilayo femi folake kemi kehinde taiwo yemi yetunde segun seun olu olumide
oluwaseun temitope tayo abimbola blessing precious favour divine godwin emmanuel
samson moses solomon elijah israel gift mercy patience prosper success
amani baraka juma jabari kamau wanjiru njeri wambui achieng otieno ochieng odhiambo
abebe tesfaye haile dawit yonas selam tigist hiwot meron helen senait mulugeta
fiyori filmon semhar luwam merhawi yohannes yonatan biniam kidane tekle
abdikarim abdiaziz abdiwali hodan hibo ayan sahra sagal ubah ifrah faduma farhia
deqa warsame hawa hamdi idil iqra nasra ruqia sucdi yasmin
`
  .split(/\s+/)
  .filter(Boolean);

/** Names that are also everyday words: redacted only when written with a capital. */
export const WORD_NAMES: readonly string[] = `
will bill mark grace hope joy faith rose ruby summer sky amber autumn dawn may june april
august sonny sunny rich frank pat angel star brook river honey crystal sue carol nada ani
gift mercy patience precious blessing favour divine success prosper israel max asia
lily daisy poppy holly willow ivy luna nova bella aria harper scarlett hunter mason carter
chase miles young olive pearl ivory rain storm cash colt penny ginger
`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Polish first names, whose declined forms ("Kasią", "Tomkiem", "Ani") are taken out too when
 * written with a capital (a declined form in lower case is too often an ordinary word).
 */
export const POLISH_NAMES: readonly string[] = `
kasia ania zosia ola kuba bartek bartosz piotr piotrek pawel paweł tomek tomasz marek mariusz
krzysztof krzysiek michal michał kacper szymon mateusz jakub wojtek wojciech lukasz łukasz
kamil dawid filip antoni igor oskar wiktor adrian patryk damian sebastian rafal rafał
grzegorz grzesiek janek zbigniew agnieszka aga magda magdalena katarzyna malgorzata
małgorzata gosia joanna asia ewa monika marta natalia karolina weronika wiktoria zuzanna
zuzia julia julka maja lena hanna hania oliwia amelka aleksandra dominika paulina justyna
beata basia barbara krystyna danuta halina dorota iwona renata sylwia edyta ilona aneta
kinga klaudia patrycja martyna nikola milena
`
  .split(/\s+/)
  .filter(Boolean);
