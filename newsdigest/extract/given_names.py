"""Common given names: the shipped gazetteer's first names and the lists of common female and
male given names, which tell a person's gender when the article does not ('she' for 'Loretta
Lynch' with no 'Ms.') and a given name from a surname or a title ('John' + 'Paul Jones' is
one person, 'City Attorney' + 'Terry White' is a role and a person); and the suffixes a
person's name may end in ('Jr.', 'III')."""

from __future__ import annotations

from .gazetteer import load as gazetteer
from .gazetteer import wordset

# common given names that tell a person's gender when the article does not ('she' for 'Loretta
# Lynch' with no 'Ms.' or 'she' after her name)
FEMALE_NAMES = wordset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
    deborah debbie stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen
    anna brenda pamela nicole emma samantha katherine christine debra rachel catherine
    carolyn janet ruth maria heather diane virginia julie joyce victoria kelly christina
    lauren joan evelyn olivia judith megan cheryl martha andrea frances hannah jacqueline
    ann gloria jean kathryn alice teresa sara janice doris julia grace judy abigail marie
    denise beverly amber theresa marilyn danielle diana brittany natalie sophia rose
    isabella alexis kayla charlotte hillary loretta valerie condoleezza sonia elena nikki
    kellyanne sheryl hope huma jill michele claire tammy kirsten dianne patty maxine ivanka
    melania chelsea malia sasha oprah meghan megyn katy kate jane maggie ellen madeleine
    susana lynn kamala tulsi carly sheila rosa kristen erin melanie tiffany crystal vanessa
    veronica monica erica tina wendy paula april holly leah kristin kristina katrina courtney
    whitney caroline jasmine brianna alexandra gabrielle allison alison vicki colleen jenna
    jenny cindy wanda yvonne yolanda lucy beth betsy peggy sally nina tara anne annie lori
    lorraine carmen norma irene gina katie sue marsha marcia roberta elaine eileen esther
    naomi miriam ruby aisha fatima""")
MALE_NAMES = wordset(
    """james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold
    keith christian roger noah gerald carl sean austin arthur lawrence jesse dylan bryan joe
    billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent
    russell elijah louis bobby philip johnny bill barack mitt mitch ted marco jeb chris rand
    mike newt rick reince bernie tim jim tom ben rudy chuck harry dick al ron rob steve dan
    greg ken jeff doug hank vladimir xi francois jimmy jon corey sidney lester martin neil
    howard glenn rush karl fred craig todd derek shawn travis chad brett curtis marcus luis
    carlos antonio jorge ricardo miguel manuel javier victor andre darren earl clarence
    leonard stanley herbert mitchell spencer nick tony phil andy pete bob bernard dwight
    lloyd ross hugh ian colin nigel gordon boris trevor duncan stuart""")


def given_name(word: str) -> bool:
    """Is ``word`` a common given name ('Lee', 'Kirsten')?"""
    low = word.lower()
    return word in gazetteer().first_names or low in MALE_NAMES or low in FEMALE_NAMES


# words for a person that head a description of someone unnamed ('a witness', 'a student')
# or after a name ('Paris Kyriakides, a student')
PERSON_WORDS = wordset("""neighbour neighbor friend relative witness eyewitness resident
    man woman boy girl mother father son daughter brother sister cousin aunt uncle wife
    husband widow widower student teacher worker employee driver passenger victim survivor
    colleague classmate roommate bystander onlooker customer shopper fan voter supporter
    protester passerby owner landlord tenant nurse doctor officer official spokesman
    spokeswoman spokesperson""")
NAME_SUFFIXES = wordset("Jr Sr II III IV")  # after a person's name: 'Martin Luther King Jr.'
