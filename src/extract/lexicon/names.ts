/**
 * Name parts: common given names across many languages, particles inside names, prefix words that belong to
 * the name, and suffixes. All lower case. Used to recognise person names that no other lexicon knows.
 *
 * Decisions:
 * - "Abu", "Umm", "Haji"/"Hajji" are NAME_PREFIX_WORDS: in news they are part of how the person is named
 *   ("Abu Bakr al-Baghdadi", "Abu Sarah", "Haji Imam"), so they stay in the name and never become a role.
 * - "Sheikh", "Mullah" and similar are titles (titles.ts) that stay in the name only when dropping them would
 *   leave one word; they are not prefix words here.
 * - Month words that are also given names ("April", "June", "May", "August") are left out: see words.ts.
 */

import { wordSet } from './words';

/** Common given names (lower case) in English, Arabic, Persian, Turkish, Russian, pinyin, Indian, Spanish, French, German, African languages. */
export const GIVEN_NAMES: ReadonlySet<string> = wordSet(`
aaron abby abigail ada adam adrian adriana agnes aidan aiden alan albert alberta alec alex alexa alexander
alexandra alexis alfred alice alicia alison allan allen allison alma alvin amanda amber amelia amy ana andre
andrea andrew andy angel angela angelina angie anita ann anna anne annette annie anthony antonio april_x
archie arnold arthur ashley ashton audrey austin ava avery barbara barry beatrice becky ben benjamin bernard
bernie beth betsy betty beverly bill billy blake bob bobby bonnie boris brad bradley brandon brenda brent
brett brian bridget brittany brooke bruce bryan bryce byron caleb calvin cameron camila candace carl carla
carlos carmen carol caroline carolyn carrie carter casey cassandra catherine cathy cecilia chad charles
charlene charlie charlotte chelsea cheryl chloe chris christian christina christine christopher chuck cindy
claire clara clarence claude claudia clay clayton clifford clint clinton cody colin colleen connie connor
constance corey courtney craig crystal curtis cynthia dale dallas damian dan dana daniel danielle danny
darlene darrell darren dave david dawn dean deanna deb debbie deborah debra denise dennis derek devin diana
diane dick dolores dominic don donald donna dora doris dorothy doug douglas duane dustin dwight dylan earl ed
eddie edgar edith edmund edna edward edwin eileen elaine eleanor elena eli elijah elisabeth elizabeth ella
ellen elliot elliott elsie emily emma eric erica erik erin ernest esther ethan ethel eugene eva evan evelyn
faith felicia felix florence floyd frances francis frank franklin fred freddie frederick gabriel gail gary
gavin gene geoffrey george georgia gerald geraldine gilbert gina glen glenn gloria gordon grace graham grant
greg gregory gwen hailey hannah harold harriet harry harvey hazel heather heidi helen henry herbert herman
hillary holly howard hugh hunter ian irene isaac isabel isabella jack jackie jackson jacob jacqueline jake
james jamie jan jane janet janice jared jasmine jason jay jean jeanne jeff jeffrey jenna jennifer jenny jeremy
jerome jerry jesse jessica jill jim jimmy jo joan joann joanna joanne jodi jody joe joel john johnny jon
jonathan jordan jose joseph josephine josh joshua joy joyce juan judith judy julia julian julie justin kara
karen kate katherine kathleen kathryn kathy katie kay keith kelly ken kenneth kerry kevin kim kimberly kirk
kristen kristin kurt kyle lance larry laura lauren laurie lawrence leah lee leo leon leonard leroy leslie
lester lillian lily linda lindsay lindsey lisa lloyd logan lois lori lorraine louis louise lucas lucy luis
luke lydia lynn mabel madeline madison maggie malcolm marcus margaret margie maria marian marianne marie
marilyn mario marion marjorie mark marsha marshall martha martin marvin mary mason matt matthew maureen
maurice max maxine megan melanie melissa melvin meredith mia micah michael michele michelle mike mildred miles
milton mindy miranda mitch mitchell molly monica morgan nancy naomi natalie nathan nathaniel neil nicholas
nick nicole nina noah noel nora norma norman olivia oscar owen pam pamela patricia patrick patsy patty paul
paula pauline pearl peggy penny peter phil philip phillip phyllis rachel ralph randall randy ray raymond
rebecca regina rex rhonda ricardo richard rick ricky riley rita rob robert roberta robin rod rodney roger ron
ronald ronnie rosa rose rosemary ross roy ruby russell ruth ryan sabrina sally sam samantha samuel sandra
sandy sara sarah scott sean seth shane shannon sharon shawn sheila shelby shelly sherri sherry shirley sidney
sofia sophia sophie stacey stacy stanley stella stephanie stephen steve steven stewart stuart sue susan
suzanne sydney sylvia tamara tammy tanya tara taylor ted teresa terri terry thelma theodore theresa thomas
tiffany tim timothy tina toby todd tom tommy toni tony tracy travis trevor troy tyler valerie vanessa vera
vernon veronica vicki victor victoria vincent viola virginia vivian wade walter wanda warren wayne wendy
wesley whitney willard william willie wilma winston wyatt yvonne zachary zoe ash barack mitt newt rand marco
nikki kamala elon sundar satya sheryl nate kirsten kirstjen condoleezza madeleine melania ivanka kellyanne
reince antony avril kristi pete abdul abdel abdallah abdullah abdulla abdulrahman abdelrahman abdurrahman
abdulaziz abdelaziz abdulkarim abdelkarim abdulmalik abdelmalik abdulqadir abdelkader abdulhamid abdelhamid
abdulwahab abdelwahab abdulhadi abdelhadi abdullahi ahmad ahmed ahmet akram ala alaa ali amin amina amir amira
ammar amr anas anwar asad asma ashraf atef ayman ayesha aisha ayoub ayub aziz badr bakr bashar bashir basim
bassam bilal dalia dawood dawud emad essam fadi fadil fahad fahd faisal faris farouk faruq fatima fatma fawzi
fayez firas ghassan habib hadi hafez haitham hakim halim hamad hamid hamza hana hanan hani harun haroun hasan
hassan hatem haydar haider hazem hisham hossam hussein husain hussain ibrahim idris ihab imad iman imran isa
issa ismail jabir jalal jamal jamil jawad jihad kamal karim khaled khalid khalil latif laila layla leila mahdi
mahmoud mahmud majid malik mansour mansur marwan mazen maher mohamed mohammad mohammed muhammad moustafa
mustafa mustapha muhannad munir musa moussa mouaz muath nabil nadia nadim nader naji najib nasser nasir nawaf
nizar noor nour nuri omar osama usama othman uthman qasim qassem rafik rafiq rami rania rashid rasheed reem
riad riyad rida saad sabah sabri saddam said saeed saif sajjad salah saleh salih salim saleem salman sami
samir samira sayed sayyid shadi shakir sharif shukri sufyan suha suleiman sulaiman sultan taha tahir talal
tamer tamim tareq tarek tariq tawfiq thamer turki umar waleed walid wael wasim yahya yasser yasir yassin yazid
younes younis yousef youssef yusuf yousif zaid zayed zeid zainab zaki zakaria zakariya ziad ziyad zuhair abbas
abolfazl afshin akbar alireza arash ardeshir babak bahram behrouz bijan dariush daryush ebrahim ehsan esmail
farhad farid fariba farzad faezeh ghasem gholam golnar hamidreza hossein houshang javad javid kambiz kamran
kaveh kazem kourosh manouchehr masoud massoud mehdi mehrdad mohsen mojtaba morteza nasrin navid nima parisa
parviz payam pouya qasem ramin reza sadegh shahram shirin siamak sohrab soheil yaser zahra ali-akbar aylin
ayse aysel bulent burak cem cemal deniz devlet ekrem emine emre engin ercan erkan esra fatih fehmi gokhan gul
hakan haluk hulusi ilhan kemal levent mehmet mert mesut murat necmettin nurettin omer orhan ozgur recep
selahattin selim serkan sinan suleyman tayyip tolga ufuk volkan yasar yavuz zeynep binali mevlut aleksandr
alexei aleksei alexey anatoly andrei andrey anton arkady dmitry dmitri evgeny yevgeny gennady georgy grigory
igor ilya irina ivan konstantin kirill larisa leonid lyudmila maxim mikhail natalia natalya nikita nikolai
oleg olga pavel petr pyotr ramzan roman ruslan sergei sergey svetlana tatiana tatyana valentina valery vasily
viktor vitaly vladimir vladislav vyacheslav yekaterina yelena yuri yury zakhar volodymyr oleksandr oleksiy
petro mykola mykhailo yulia vitali vitaliy arseniy andriy taras bohdan dmytro serhiy yuriy kyrylo denys iryna
olena oksana liudmila alexandr artem aslan akhmad dzhokhar tamerlan shamil magomed murad wei li jinping
keqiang qiang jun jian hua ming yan ying ling lei tao bo hui yu xin jing lan mei fang xiaoping zemin jintao
wen jiabao yi xiaoming yong chao feng hai jie kai peng rui shan tian xiang yun zhen zhi zhong liang min qing
xiu yue wenbin chunying aarav abhishek aditya ajay ajit akash akhilesh amit amitabh anand anil anjali ankit
anupam arjun arun arvind ashok bharat chandra deepak devendra dinesh gautam gopal govind harish hemant
jaishankar jayant kiran krishna kumar lalit mahesh manish manmohan mayawati mohan mukesh murli nandan narendra
naveen nirmala nitin nitish pankaj pooja pradeep prakash pranab prashant priya priyanka rahul raj rajesh rajiv
rajnath raju rakesh ram ramesh ravi rohit sachin sanjay santosh satish shashi shiv shyam siddharth sonia
subramanian sudhir sunil suresh sushma tarun uday uma vijay vikram vinod vishal yogi yashwant smriti sitaram
lal indira atal piyush ratan gita lakshmi meera radha rekha savitri sunita usha vandana kavita shah shahid
shahbaz nawaz asif pervez parvez zulfikar benazir bilawal maryam asim qamar raheel hafiz maulana fazlur
sirajuddin jalaluddin hibatullah akhtar mansoor gulbuddin amrullah zalmay jorge pedro miguel francisco javier
manuel rafael fernando alejandro eduardo roberto sergio andres diego pablo raul ramon enrique alberto alfonso
alvaro arturo cesar emilio ernesto esteban felipe gerardo gonzalo guillermo gustavo hector hugo ignacio jaime
joaquin julio lorenzo marcelo mariano mauricio nicolas octavio rodrigo ruben salvador santiago sebastian tomas
vicente evo cristina dilma lula jair josefa pilar lucia mercedes marta valeria daniela gabriela alejandra
beatriz catalina consuelo esperanza guadalupe inmaculada leticia lourdes luisa margarita marisol raquel rocio
silvia ximena yolanda pierre jacques michel philippe alain francois françois emmanuel christophe didier
dominique etienne fabien frederic gerard guillaume henri herve hubert julien laurent lionel loic luc marc
marcel mathieu olivier pascal patrice remi rene sebastien serge stephane thierry thibault xavier yves benoit
baptiste clement damien gilles marine segolene brigitte celine chantal delphine elodie helene isabelle josiane
juliette manon martine mathilde nathalie ségolène sylvie virginie francoise edouard bruno hans klaus jurgen
jürgen wolfgang gerhard helmut horst dieter manfred rolf uwe frank-walter heiko olaf friedrich markus matthias
stefan andreas florian tobias jens joachim lars ulrich ursula annegret annalena renate sigmar norbert karl
heinz gunter günter wilhelm otto ernst fritz gustav heinrich hermann ludwig franz josef reinhard rainer volker
jorg jörg ralf sabine petra monika birgit heike karin susanne katrin ulrike christa gisela matteo giuseppe
giovanni francesco luca alessandro paolo stefano giorgio silvio enrico luigi salvatore vincenzo pietro carlo
federico fabio massimo giorgia elisabetta chiara giulia francesca alessandra abiy abimbola adamu ade adebayo
adekunle ademola adewale akin akinwumi aliko amadou aminu babajide babatunde bola bukola chidi chika chinedu
chinua chioma chukwu chukwuemeka emeka femi folake folasade goodluck ifeoma ikechukwu jide kayode kelechi kemi
kunle muhammadu ngozi nnamdi obinna oluwaseun olusegun oluwole segun tunde uche uchenna umaru yakubu yemi
abubakar atiku nuhu kashim idriss mahamat mahamadou blaise roch alassane macky abdoulaye ousmane mamadou
modibo boubacar keita assimi aminata fatoumata kadiatou mariama aissata hawa awa uhuru raila mwai jomo kalonzo
wanjiku wangari njeri kamau kariuki mwangi njoroge otieno ochieng odhiambo omondi wafula achieng akinyi atieno
auma cyril thabo nelson julius kgalema matamela mmusi thandeka lindiwe nkosazana tendai emmerson yoweri salva
riek fattah burhan hamdan hailemariam meles tedros berhane tesfaye tigist yohannes dawit haile selam mulugeta
sheikh abdirahman abdiweli abdi abdikadir jong-un jong-il il-sung jae-in suk-yeol geun-hye myung-bak yoon
kassym-jomart shinzo fumio yoshihide junichiro taro akihito naruhito hiroshi takeshi yuki kenji haruki akira
hideki ichiro koji makoto masahiro satoshi shigeru takashi tomoko yoko keiko akiko michiko nguyen thanh van
minh duc tuan anh trong phu xuan quoc dung hoang joko jokowi prabowo susilo megawati suharto sukarno ferdinand
bongbong corazon benigno imelda leni mahathir muhyiddin aung suu kyi hlaing thein sein hun prayuth yingluck
thaksin nursultan shavkat emomali gurbanguly serdar ilham nikol serzh mikheil bidzina salome abraham ace
addison adeline adele agatha ainsley albie alden aldo alessia alfie alina alistair alton alyssa amos anastasia
anders angus annabel annabelle ansel archibald ariana ariel arlo armando astrid atticus aubrey augustus aurora
axel barney basil beau bella benedict benny bertha bethany bianca blair bonita bradford brady brendan brianna
bridgette brock bryant bud buddy caitlin callum camille candice carmela carolina cary cassidy cedric celeste
chandler charity charlton chester cheyenne christy clarissa claudette cliff clyde colby colette cora cornelius
cory daisy dakota damon dante daphne darcy darius darla darnell dawson deirdre delbert delia dena derrick
desiree desmond destiny dexter dina dixie donovan dottie drew duncan dwayne eddy edison edmond efrain elbert
eldon elias eliza ellie elmer eloise elvis emerson emmett enid errol erwin estelle etta eugenia eunice everett
ezra fannie fern fiona fletcher flora forrest francine freda freya gabriella gareth garrett garry gemma
genevieve georgina gertrude gideon gilda ginger giselle gladys gregg greta gus gwendolyn hal hank harlan
hattie hayden helena herb hilda hiram hollis homer horace humphrey ida imogen ingrid ira iris isaiah isla ivy
jade janelle jarrod jasper jeanette jeannie jed jeremiah jethro jillian jocelyn johanna jolene jonah josie
judd jules juliana juliet junior justine kasey katelyn katrina keegan kelsey kendall kendra kenny kent kermit
kieran kirby kristina kristy lacey lana lara laverne lawson leanne leland lena leona leonora letitia lewis
lila lincoln liza loretta lorna lou lowell luann lucille lucinda luther lyle lynette mack mackenzie maddox mae
magnus mamie mandy marcia marcy margo marguerite mariah marla marlene marty maryann matilda mattie maxwell
maynard meghan melinda merle mervin mickey milo minnie mitzi moira monty murray myra myron nadine nanette
nelda nell nellie nettie nicola nigel nolan octavia odette ollie opal orville otis ozzie paige parker percy
perry phoebe pierce polly porter preston priscilla quentin quincy quinn rae randolph reba reed reggie reginald
rhett rhoda rich roland rolando romeo ronan rory rosalind rosalie roscoe rowan roxanne rudolph rudy rufus
rupert russ sadie sallie sammy sasha saul savannah selena selma seymour shaun sheldon sherman sid sierra silas
simon simone sonya spencer stan sterling sullivan sybil tabitha tamsin tanner teddy tessa thad thea theo
thurman tonya trent trisha trudy tucker tyrone ulysses val vaughn velma vern vince viv wallace ward webster
wendell wilbur wilfred willa winifred winnie woodrow wyn york yvette zane zelda abdulrahim adnan aftab ahsan
ajmal alam ali-reza altaf amjad anjum arif arshad asghar ashfaq atiq ayaz azam azhar babar baber faiz fakhar
farhan farooq fawad ghulam habibullah hafeez haroon hashim ijaz ikram iqbal irfan ishaq javed junaid kashif
khurram liaquat mahmood majeed manzoor maqsood mushtaq nadeem naeem najam naveed noman owais qadir qaiser rauf
rizwan sadiq sajid sarfraz shafiq shahzad shakeel shaukat shoaib sohail tanveer usman waqar waseem yasin
younus zafar zahid zeeshan zubair ehud binyamin yitzhak shimon moshe avraham avi yair naftali yoav itamar
tzipi golda yossi dov reuven shlomo yaakov yehuda yonatan uri meir ronen gilad nir omri tal noa shira yael
michal ayelet orly hadas tamar talia kwame kofi kojo kwabena yaw ama akua abena efua adjoa nana kwesi yaa esi
akosua dumisani sipho themba lwazi mandla sibusiso thandiwe nomvula lerato palesa tumelo kagiso mpho naledi
bongani zanele siyabonga chiamaka adaeze amara nneka obi ifeanyi chinonso tobenna olumide adeola funmilayo
titilayo wole ayodele bolaji dapo gbenga lanre niyi seun tolu yinka zubairu aliyu bashiru garba haruna isiaka
lawal sani shehu tanko abdou alpha ansumane baba cheikh demba el-hadj fode ibrahima lamine moustapha oumar
samba seydou souleymane tidiane youssouf habiba halima khadija mariam rokia salimata joao joão paulo luiz
marcos thiago tiago leonardo vinicius caio henrique otavio fernanda luana mariana renata aline bruna larissa
jesus jesús agustin agustín bernardo cristian cristobal dario efren emiliano fabian facundo franco gaston
hernan horacio jacinto jeronimo leandro lisandro matias maximiliano mateo nahuel patricio renato teodoro
ulises valentin nils olof per sven bjorn björn johan mats ulf henrik mikkel rasmus soren søren kasper frederik
mette helle inger kerstin sigrid solveig liv piet willem johannes hendrik pieter joost koen bram sander ruud
geert wouter krzysztof piotr tomasz pawel paweł marcin michał jakub mateusz andrzej grzegorz lukasz łukasz
wojciech zbigniew jaroslaw jarosław lech beata agnieszka malgorzata małgorzata katarzyna ewa milos miloš
aleksandar dragan goran zoran nenad slobodan vojislav bojan dusan dušan ivica ante franjo zeljko željko ratko
radovan ramush albin edi enver janos gyorgy gyula laszlo laszló lászló zoltan zoltán istvan istván tamas tamás
andras andrás nikos nikolaos giorgos konstantinos dimitris yannis yanis kyriakos panagiotis stavros vassilis
kazuo masato nobuo shinji shintaro tadashi takeo tetsuya toshiro yasuo yoshiro yoshi yukio minoru kenichi
daisuke ryota sho yuto haruto hinata yui mio sakura aoi rin emi ayumi naoko mariko jin-woo min-jun seo-yeon
ji-ho hyun-woo sung-min dong-hyun jae-yong kyung-hee bao cuong dat hieu hoa huy khanh lien linh mai nam ngoc
phuong quang thao trang trung tu vinh somchai somsak sompong surachai prawit anutin srettha paetongtarn pita
aarti abhay aishwarya akshay alok amar ananya aniket anupama aparna archana asha ashwin avinash bhavna chetan
deepika dev dhruv divya gaurav geeta harsh hema ishaan jaya jyoti kajal karan kartik kishore komal kunal madhu
mahendra manoj meena mohit mukul nalini neha nikhil nisha padma pallavi parth poonam prateek preeti pritam
rachna rahim rajan rajeev ramya ranjit rashmi ritu rohan sakshi sameer sandeep sanjeev sarita shalini shekhar
shilpa shreya shruti sneha sonal subhash sudha sumit swati tanvi tejas tushar varun vidya vinay vivek yash
`);

/** Particles inside names ("Abd ar-Rahman", "bin Laden", "van Gogh", "de Gaulle"), lower case. */
export const NAME_PARTICLES: ReadonlySet<string> = wordSet(`
al al- el el- al' ar ar- as as- ash ash- ad ad- an- at- az- bin bint ibn ben bent ould abd abdul abdel abdal
abu abou umm ummu van von der den de del della dei degli di da das dos du la le les lo st st. saint ter ten
mac mc o' bar bat ap ibn-e bin-e zu y e
`);

/**
 * Words that open a name and belong to it ("Abu Bakr", "Umm Sayyaf", "Haji Imam"): they are never split
 * off as titles. Lower case.
 */
export const NAME_PREFIX_WORDS: ReadonlySet<string> = wordSet(`
abu abou umm um haji hajji hadji abd abdul abdel abdal
`);

/** Generational and similar suffixes written after a surname ("Jr.", "III"), lower case, dots dropped. */
export const SURNAME_SUFFIXES: ReadonlySet<string> = wordSet(`
jr sr ii iii iv v junior senior
`);
