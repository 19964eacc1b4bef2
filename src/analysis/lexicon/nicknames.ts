// Everyday short forms of common English given names ("Larry" for "Lawrence", "Bob" for "Robert").
// The document pass joins "Larry Lessig" to "Lawrence Lessig" only when the surnames agree, so the
// table is about given names alone; general English names only, no one article's people.

/** Each line: a formal given name, then its usual short forms. Lower-case. */
const TABLE = `
  abigail abby abbie gail
  abraham abe
  albert al bert bertie
  alexander alex alec sandy xander
  alexandra alex sandra sandy lexi
  alfred al alf alfie fred
  allan al
  alan al
  andrew andy drew
  anthony tony
  antonio tony
  arnold arnie
  arthur art artie
  barbara barb babs
  benjamin ben benny benji
  bernard bernie
  beverly bev
  bradley brad
  catherine cathy cate kate katie kay
  cathleen cathy kate
  charles charlie chuck chas
  christina chris tina
  christine chris chrissy
  christopher chris kit topher
  cynthia cindy
  daniel dan danny
  david dave davy
  deborah deb debbie debby
  donald don donnie
  dorothy dot dottie
  douglas doug
  edward ed eddie ted teddy ned
  edwin ed
  elizabeth liz lizzie beth betty betsy eliza libby
  eugene gene
  frances fran fanny
  francis frank fran
  frederick fred freddie
  gabriel gabe
  geoffrey geoff jeff
  gerald gerry jerry
  gregory greg
  harold hal harry
  harry hal
  henry hank harry hal
  herbert herb bert
  isaac ike
  jacob jake
  james jim jimmy jamie
  janet jan
  jeffrey jeff
  jennifer jen jenny
  jessica jess jessie
  john jack johnny
  jonathan jon
  joseph joe joey
  joshua josh
  judith judy
  katherine kathy kate katie kay
  kathleen kathy kate
  kenneth ken kenny
  kimberly kim
  lawrence larry
  laurence larry
  leonard len lenny leo
  louis lou
  margaret maggie meg peg peggy marge margie
  matthew matt
  michael mike mick mickey
  nathan nate
  nathaniel nate nat
  nicholas nick nicky
  pamela pam
  patricia pat patty trish
  patrick pat paddy
  peter pete
  philip phil
  phillip phil
  raymond ray
  rebecca becky becca
  richard dick rick ricky rich richie
  robert bob bobby rob robbie bert
  ronald ron ronnie
  samantha sam
  samuel sam sammy
  stephen steve
  steven steve
  susan sue susie
  suzanne sue suzie
  terence terry
  theodore ted teddy theo
  thomas tom tommy
  timothy tim timmy
  victoria vicky tori
  vincent vince
  walter walt wally
  william bill billy will willie liam
  zachary zach zack
`;

/** Short form -> the formal names it stands for. */
const FORMAL_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const line of TABLE.trim().split('\n')) {
    const [formal, ...shorts] = line.trim().split(/\s+/);
    for (const s of shorts) m.set(s, [...(m.get(s) ?? []), formal]);
  }
  return m;
})();

/** Is `short` an everyday form of the formal given name `formal` ("bill", "william")? Lower-case, folded. */
export function isNicknameOf(short: string, formal: string): boolean {
  return FORMAL_OF.get(short)?.includes(formal) ?? false;
}

/** The formal given names a short form stands for ("larry" -> ["lawrence", "laurence"]); none for other words. */
export function formalNamesOf(short: string): readonly string[] {
  return FORMAL_OF.get(short) ?? [];
}
