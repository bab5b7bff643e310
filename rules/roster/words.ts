/**
 * Word lists behind the name heuristics. A name that is also an everyday
 * English word only counts as a name when the text shows it is one (see
 * name-index.ts); everything here is lower-case and accent-free.
 */

const list = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** First names and surnames that are also ordinary words ("Hope", "Will", "Young", "Day"). */
export const ORDINARY_WORDS = list(`
  hope grace will mark may rose drew faith joy summer april june august bill art sky skye river jack
  pat chase hunter brook brooke dawn eve ivy autumn winter spring destiny honor honour justice melody
  miles page reed rich sunny victor violet cliff penny ruby amber jade crystal skip star storm rain
  robin wren daisy holly heather iris hazel olive pearl ginger sandy rocky buck rusty dusty misty
  stormy colt sage scout story harmony liberty trinity unity serenity patience charity chance royal
  king prince princess duke noble major gene frank guy sue don ray lane cash sterling stone glen glenn
  dale bo ash birch oak willow aspen gray grey blue ocean lake haven echo ember journey kit max nick
  sally carol dean earl baron marshal rod jean peg dot kitty candy cherry berry honey sugar pepper
  coral opal jasper garnet gem diamond silver gold golden sonny happy merry jolly bliss love darling
  angel saint bishop pope knight clay wade ranger baker fisher hunt hart ward park ford banks wells
  shepherd sharp moody cross law house waters rivers fields field parks woods wood mills mill hills
  hill brooks burns marsh moss bush branch church temple chambers glass iron steel salt bacon bean
  lamb best good wise friend early summers street wall shore beach case bond close cotton gates young
  long short little small strong rice day hall brown green white black bell cook price fox wolf bear
  hawk drake bird swan crane finch lark dove raven jay forest meadow prairie rowan laurel basil
  lavender poppy marina blaze sun moon snow frost heath hay straw root tree booth lord child man fan
  tan wan sin chin pang hang dang sang tang tong chew chow mock wing sing ding gill ha an do he ho ma
  le lo mo so us won hung bob rob dick harry bobby jimmy goldie bunny well kind hood bull dancer
  keeper pickle pike pond ring stock stout swift tall trout vine wild winters worth
`);

/** Words that may stand next to a name without making it part of another proper noun ("Go Emma Go", "Emma And Liam"). */
export const FUNCTION_WORDS = list(`
  a an and the of on in at to for from with by go is was are were be been has had have will would can
  could should may might must shall who what when where why how this that these those our your my his her
  their its we you they he she it i me us them or but so as if not no yes all too also just only very
  thanks thank congrats congratulations great good well happy welcome hi hello dear team way job won wins
  win did does do said made makes took got led shared joined earned received placed finished scored
  helped new more most some many each every both after before during into onto over under about up down
  out off again then than there here now today tonight tomorrow yesterday please see meet join
  shout shoutout kudos bravo hooray hurray hats proud grade gr class student students kids mom dad
  family friends birthday bday month week year award winner winners champion champions mvp star reader
  writer artist athlete helper leader goal
`);

/** Titles that mark an adult or a place: "Mrs. Thompson" is a teacher, "St. Mary's" a school. */
export const HONORIFICS = list(`
  mr mrs ms miss mx dr mister madam madame mme mlle m sir dame lady lord rev reverend father fr pastor
  coach principal vp superintendent trustee teacher professor prof officer constable cst sgt sergeant
  judge mayor councillor councilor mla mp senator minister chief st ste saint mt mount fort
  ft port lake camp
`);

/** Months and seasons that are also first names: "In May we…" is a month, not May. */
export const TIME_NAMES = list('april may june august summer autumn winter spring');

/** Words before a month or season that make it a time ("this June", "in May", "until August"). */
export const TIME_BEFORE = list(`
  in this next last early late mid since until till by during every each through throughout of from
  before after all that the since come end happy great wonderful safe restful fun
`);

/** Words after a month or season that make it a time ("May long weekend", "Summer break"). */
export const TIME_AFTER = list(`
  break camp term session semester holidays holiday vacation school concert program day days long
  weekend first second third last st nd rd th reading solstice equinox
`);

/** Words joining two times: "from April to June". */
export const TIME_LINKS = list('to and or through thru until till');

/** Name particles that are not a surname on their own ("Van der Berg", "De La Cruz"). */
export const PARTICLES = list('van der den de del della di da du von des la le ten ter dos das bin ibn al el');
