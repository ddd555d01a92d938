/**
 * Common first names and surnames of the communities a European or US operator serves, so that name
 * recall does not depend on where a customer's family comes from. Lower case, space separated (compact
 * in the bundle), with and without diacritics where people type both. Lists are kept roughly the same
 * size per community; a name may appear under several communities. Names that are also everyday words
 * ("precious", "said", "long") are listed in names.ts as ambiguous and only count with a name cue.
 */
export interface CommunityNames {
  readonly first: string;
  readonly last: string;
}

export const NAMES_BY_COMMUNITY: Readonly<Record<string, CommunityNames>> = Object.freeze({
  africanAmerican: Object.freeze({
    first: 'tyrone deshawn dashawn lashawn keyshawn darnell jamal jamar lamar marquis terrell tyrell darius demetrius andre deandre dwayne reginald maurice cedric jermaine tremaine terrence trevon devonte tyreek shaquille rashad khalil malik jalen jaylen jayden jaden kareem darryl darrell lamont roderick leroy ' +
      'lakisha lakeisha keisha latoya latonya latasha tanisha tamika tameka shameka shaniqua shanice shantel latrice aaliyah imani jasmine kiara nia ayanna tiana jada janelle tyra kendra dominique octavia ebony essence shanequa tanya tasha keshia aisha',
    last: 'washington jefferson jackson freeman booker mosley gaines coleman dorsey glover hairston whitaker wilkerson simmons hawkins bryant singleton blackwell holloway alston dixon franklin tucker gordon owens harrison boyd mcneil rhodes ellis graham randolph wallace hayes jenkins robinson williams johnson',
  }),
  westAfrican: Object.freeze({
    first: 'oluwaseun seun adebayo ayodele babatunde tunde olumide olufemi femi folake funmilayo funmi yetunde bukola temitope tope adewale damilola kehinde taiwo chidi chinedu chukwuemeka emeka ikechukwu ike obinna nnamdi chiamaka chioma ngozi adaeze amaka ifeoma uchenna uche chinwe nkechi ebuka kelechi chinonso ifeanyi ' +
      'musa ibrahim aliyu abubakar usman aminu hauwa zainab amina kwame kofi kwaku kojo kwabena akosua abena efua adjoa akua esi mamadou moussa cheikh abdoulaye ousmane aminata fatou awa mariama aissatou binta oumar seydou',
    last: 'okafor okeke okonkwo eze nwosu obi nwachukwu onyeka adeyemi oladipo ogunleye olawale adeleke afolabi balogun bakare okoro ibekwe oyelaran adebayo mensah owusu boateng asante osei agyeman appiah darko ansah diallo ndiaye diop sarr cisse cissé traore traoré coulibaly keita kone koné toure touré sylla bello abubakar',
  }),
  eastAfrican: Object.freeze({
    first: 'abdi hodan fadumo ayaan guled abdirahman abdullahi hamza yusuf abebe tesfaye dawit haile selam meron hiwot tigist liya yonas kidus wanjiru wanjiku njeri achieng akinyi odhiambo kamau mwangi nyambura wairimu kipchoge amani baraka zawadi',
    last: 'hassan farah warsame jama osman mohamud haile tesfaye gebre kebede alemu bekele desta mwangi kamau otieno ochieng kariuki njoroge omondi wanjiru kiplagat',
  }),
  southAsian: Object.freeze({
    first: 'priya arjun rahul rohan aarav vivek amit anil sunil raj rajesh ramesh suresh vikram sanjay sandeep deepak manoj ajay vijay ravi ashok arun karan kunal nikhil siddharth aditya ananya aditi divya pooja neha kavya shreya sneha anjali deepika lakshmi meera nisha sunita sushma rekha geeta radha ' +
      'harpreet gurpreet manpreet jaspreet simran amarjit balwinder harjit kuldeep jasleen navdeep parminder sukhwinder imran bilal zain ayesha sana saima nadia shabnam zara mehwish rukhsana tahir asif kamran faisal naveed shahid junaid adnan rizwan farhan tanvir rafiq arif nusrat taslima sharmin karthik prakash ganesh senthil murugan venkat srinivas',
    last: 'singh kaur sharma gupta kumar verma agarwal mehta joshi iyer nair reddy rao pillai menon chopra kapoor malhotra bhatt desai chaudhry choudhury chowdhury hussain akhtar iqbal qureshi siddiqui malik mirza sheikh rahman hossain begum dutta banerjee chatterjee mukherjee bose ghosh krishnan subramanian srinivasan natarajan venkatesh perera fernando jayasinghe patel shah khan',
  }),
  eastAsian: Object.freeze({
    first: 'wei jing yan hui ling ming lei xin hao tao xiaoming xiaoling jiahao zihan yuxuan haoran yutong zhiwei jianguo lihua meiling mei qing yun feng ' +
      'minjun min-jun seoyeon seo-yeon jiwoo ji-woo jihoon ji-hoon hyun jae joon sungmin sung-min eunji eun-ji soyeon so-yeon minji min-ji yuna dongwook jiyeon jisoo ' +
      'haruto yuto sota kenji takeshi hiroshi satoshi kenta daiki ren yuki sakura yui hina aoi akiko yumi keiko naoko emi hana haruka misaki ayumi takumi shota ryo kaito riku',
    last: 'wang zhang liu chen yang huang zhao zhou zhu guo lin gao luo zheng liang xie deng peng zeng xiao tian jiang cheng chan wong cheung lau leung ng lam chow tsang yip tse fung kwok chu mak ' +
      'kim choi kang cho yoon jang lim han kwon hwang ahn yoo jeon baek ' +
      'sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu mori abe ikeda hashimoto ishikawa ogawa fujita okada',
  }),
  southeastAsian: Object.freeze({
    first: 'anh minh linh duc huong tuan thanh hoa phuong trang nam hai quang thao khanh hieu phuc vy ngoc hanh trung thuy nhung bao ' +
      'maricel marites rowena jocelyn rosalie lourdes jericho jomar rodel ramil arnel analyn jovelyn mylene rhea ' +
      'somchai somsak sompong malee siriporn nattapong kittisak pornthip supaporn budi agus putri dewi siti wahyu rizky adi eko ayu indah nurul',
    last: 'nguyen nguyễn tran trần pham phạm hoang hoàng huynh huỳnh phan vu vũ vo võ bui bùi duong dương truong trương dinh đinh ' +
      'bautista ocampo villanueva aquino manalo dizon soriano tolentino mercado navarro ' +
      'srisuk saetang wongsawat wijaya susanto santoso hidayat kusuma pratama saputra setiawan gunawan halim goh ong teo koh chua',
  }),
  arabicMiddleEastern: Object.freeze({
    first: 'mohammed muhammad mohamed mohammad ahmed ahmad omar umar khalid hassan hussein hussain youssef yusuf ibrahim ismail mustafa mahmoud tariq karim samir nabil walid faisal fahad abdullah salim saleh hamza amir amin rashid nasser majid yasin yassine mehdi reza hamid hossein arash babak kaveh farid farzad saeed zaid ziad hadi adel anas ' +
      'aisha ayesha fatima fatma zainab mariam maryam nour noor leila layla yasmin yasmine amira amal salma huda rania dalia nadia samira soraya shirin parisa nasrin farah hala rana ' +
      'mehmet ahmet huseyin hüseyin hasan murat emre burak cem kemal ozan serkan volkan ayşe ayse emine hatice zeynep elif merve büşra busra esra özlem ozlem derya ebru moshe yosef avraham yitzhak chaim shlomo eli avi noa tamar shira yael rivka',
    last: 'al-sayed alsayed al-hashimi al-farsi haddad khoury nassar saleh hamdan abbas aziz rahman hassan hussein ibrahim mansour mahmoud karimi hosseini rahimi ahmadi mohammadi rezaei moradi jafari sadeghi ' +
      'yilmaz yılmaz kaya demir sahin şahin celik çelik yildiz yıldız yildirim yıldırım ozturk öztürk aydin aydın ozdemir özdemir arslan dogan doğan kilic kılıç aslan cetin çetin ozkan özkan cohen levi levy mizrahi peretz biton friedman katz goldberg rosenberg shapiro',
  }),
  easternEuropean: Object.freeze({
    first: 'piotr krzysztof tomasz paweł pawel michał michal marcin łukasz lukasz jakub mateusz kamil grzegorz wojciech andrzej rafał rafal dawid szymon bartosz agnieszka katarzyna małgorzata malgorzata magdalena joanna aleksandra zofia karolina weronika dorota beata justyna ewa ' +
      'andrei alexandru ionuț ionut mihai gheorghe vasile constantin cristian florin bogdan ioana andreea alina mihaela roxana raluca ' +
      'oleksandr volodymyr dmytro dmitri dmitry sergei sergey serhiy mykola nikolai andriy igor oleg yuri vladimir mikhail alexei alexey artem evgeny olga tetiana tatiana tatyana svetlana irina iryna natalia oksana yulia anastasia kateryna ekaterina daria olena ludmila galina ' +
      'georgi dimitar hristo ivaylo desislava jiří jiri petr tomáš lukáš tereza marko nikola milan dragan goran zoran dejan nemanja ivana jelena milica marija snežana snezana lászló laszlo istván istvan zoltán zoltan gábor gabor attila ferenc zsófia eszter katalin arben besnik blerim flamur blerta',
    last: 'nowak kowalski kowalska wiśniewski wisniewski wójcik wojcik kowalczyk kamiński kaminski lewandowski zieliński zielinski szymański szymanski woźniak wozniak dąbrowski dabrowski kozłowski kozlowski jankowski mazur kwiatkowski krawczyk piotrowski grabowski ' +
      'popescu popa radu ionescu dumitru stoica munteanu rusu shevchenko kovalenko bondarenko tkachenko kravchenko melnyk boyko koval ivanov ivanova petrov petrova smirnov smirnova kuznetsov kuznetsova popov popova sokolov morozov novikov fedorov kozlov lebedev ' +
      'dimitrov georgiev nikolov todorov novák novak svoboda novotný novotny dvořák dvorak procházka prochazka kučera kucera jovanović jovanovic petrović petrovic nikolić nikolic marković markovic horvat kovačević kovacevic babić babic nagy kovács kovacs tóth toth szabó szabo horváth horvath varga molnár molnar farkas hoxha krasniqi gashi berisha',
  }),
  latinAmerican: Object.freeze({
    first: 'josé jose juan luis carlos jorge miguel alejandro diego santiago mateo sebastián sebastian emiliano leonardo rodrigo eduardo ricardo fernando guillermo arturo armando héctor hector gerardo francisco joão joao thiago tiago gustavo felipe leandro marcelo renato vinícius vinicius wellington ' +
      'guadalupe lupe ximena valentina camila daniela mariana fernanda gabriela alejandra verónica veronica adriana paola luciana yesenia maribel marisol leticia letícia araceli juana lourdes carolina karla larissa juliana bruna thaís thais aline priscila',
    last: 'hernández hernandez gonzález gonzalez martínez martinez ramírez ramirez chávez chavez mendoza gutiérrez gutierrez salazar vásquez vasquez contreras espinoza valdez cervantes sandoval juárez juarez ríos rios figueroa rosales pacheco quintero ' +
      'silva oliveira souza sousa pereira ferreira rodrigues almeida nascimento carvalho araújo araujo ribeiro gomes martins rocha barbosa cardoso teixeira cavalcanti correia moura',
  }),
  irishCeltic: Object.freeze({
    first: 'siobhan siobhán niamh aoife saoirse caoimhe róisín roisin orla clodagh gráinne grainne sinéad sinead aisling ciara fionnuala eimear deirdre maeve sorcha caitlin eilish nuala darragh cian oisín oisin conor ciarán ciaran padraig pádraig seamus séamus eoin eoghan cathal colm donal dónal fergal ruairí ruairi tadhg diarmuid cormac niall brendan kieran killian fintan ronan ' +
      'hamish angus alasdair alistair euan ewan fraser iain morag mhairi kirsty catriona eilidh ailsa dafydd gareth iwan gethin siân sian cerys ffion bethan carys angharad',
    last: "o'brien obrien o'sullivan osullivan walsh byrne o'connor oconnor o'neill oneill o'reilly oreilly doyle mccarthy gallagher doherty o'doherty kennedy lynch murray quinn mcloughlin connolly daly o'donnell donnelly brennan fitzgerald maguire mcdonagh nolan kavanagh flanagan murphy kelly " +
      'macdonald mcdonald macleod mackenzie mackay robertson fraser mclean maclean cameron pritchard rees vaughan llewellyn bowen davies',
  }),
  southernNorthernEuropean: Object.freeze({
    first: 'giuseppe giovanni francesco marco alessandro matteo lorenzo davide federico riccardo stefano salvatore vincenzo giulia chiara francesca alessia giorgia elisa federica georgios giorgos dimitrios konstantinos nikolaos ioannis panagiotis eleni katerina dimitra ' +
      'pieter sander bram daan jeroen sanne lotte femke anouk anders erik johan mikael astrid sigrid linnea maja',
    last: 'rossi russo ferrari esposito bianchi romano colombo ricci marino greco conti giordano mancini rizzo lombardi moretti papadopoulos papadakis georgiou nikolaidis pappas ' +
      'jansen bakker visser smit meijer mulder andersson johansson karlsson nilsson eriksson larsson hansen nielsen jensen pedersen olsen',
  }),
});
