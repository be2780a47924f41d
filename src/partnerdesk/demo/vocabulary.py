"""Word pools the sample-data generator composes its believable notebook from."""

from dataclasses import dataclass

from partnerdesk.domain.enums import NeedCategory, OfferKind, PartnerKind


def _listed(text: str) -> tuple[str, ...]:
    """A word pool written as comma-separated text, so long pools stay readable."""
    return tuple(item.strip() for item in text.split(",") if item.strip())


# -- our own university ----------------------------------------------------------------------

OUR_DOMAIN = "lakemont.example"
OUR_CAMPUS = "Lakemont University"

# (title, role in partnerships, whether they may own partner relationships)
OUR_CORE_PEOPLE: tuple[tuple[str, str, bool], ...] = (
    ("President", "executive sponsor", True),
    ("Provost and Vice President for Academic Affairs", "executive sponsor", True),
    ("Chief of Staff, Office of the President", "relationship owner", True),
    ("Vice President for Advancement", "executive sponsor", True),
    ("Dean, School of Engineering", "champion", True),
    ("Dean, School of Business", "champion", True),
    ("Dean, School of Nursing", "champion", True),
    ("Dean, College of Arts & Sciences", "champion", True),
    ("Dean, School of Computing", "champion", True),
    ("Dean, School of Education", "champion", False),
    ("Director of Human Resources", "HR lead", False),
    ("Director of Career Services", "internship lead", True),
    ("Director of Corporate Relations", "relationship owner", True),
)

# Titles that fill out a larger office: (title, role, may own relationships).
OUR_EXTRA_PEOPLE: tuple[tuple[str, str, bool], ...] = (
    ("Corporate Relations Officer", "relationship owner", True),
    ("Corporate Relations Officer", "relationship owner", True),
    ("Senior Corporate Relations Officer", "relationship owner", True),
    ("Community Partnerships Manager", "relationship owner", True),
    ("Associate Director of Employer Relations", "internship lead", True),
    ("Internship Coordinator", "program coordinator", False),
    ("Assistant Dean for Experiential Learning", "champion", True),
    ("Director of Sponsored Research", "research lead", True),
    ("Director of Continuing Education", "program lead", True),
    ("Professor of Computer Science", "faculty lead", False),
    ("Professor of Civil Engineering", "faculty lead", False),
    ("Associate Professor of Nursing", "faculty lead", False),
    ("Associate Professor of Finance", "faculty lead", False),
    ("Assistant Professor of Data Science", "faculty lead", False),
    ("Professor of Public Health", "faculty lead", False),
    ("Associate Professor of Marketing", "faculty lead", False),
    ("Professor of Mechanical Engineering", "faculty lead", False),
    ("Associate Professor of Education", "faculty lead", False),
    ("Clinical Professor of Nursing", "faculty lead", False),
    ("Professor of Cybersecurity", "faculty lead", False),
    ("Capstone Program Director", "program coordinator", False),
    ("Co-op Program Manager", "program coordinator", True),
)

OUR_SCHOOLS = (
    "School of Engineering",
    "School of Business",
    "School of Nursing",
    "College of Arts & Sciences",
    "School of Computing",
    "School of Education",
    "School of Health Professions",
)

CAMPUS_LOCATIONS = (
    "President's conference room, Founders Hall",
    "Dean's office, School of Engineering",
    "Faculty Club, Lakemont campus",
    "Innovation Lab, Science Center",
    "Career Services suite, Student Center",
    "Board room, Founders Hall",
    "Simulation lab, School of Nursing",
    "Business school atrium",
)

OFF_SITE_LOCATIONS = (
    "Breakfast at the Riverside Diner",
    "Lunch at Marlowe's",
    "Coffee at Blue Door Café",
    "Chamber of Commerce offices",
    "Downtown Rotary lunch",
    "Lunch at the Harbor Grill",
)

VIDEO_PLATFORMS = ("Zoom", "Microsoft Teams", "Google Meet", "Webex")

EVENTS = (
    "Spring Career Fair",
    "Fall Career Fair",
    "Annual Partners Breakfast",
    "Engineering Capstone Showcase",
    "Chamber of Commerce luncheon",
    "Alumni networking night",
    "Nursing pinning ceremony",
    "Regional Workforce Summit",
    "Hackathon awards evening",
    "President's Holiday Reception",
    "Women in Tech panel",
    "Business plan competition finals",
)

EVENT_PLACES = (
    "Student Center ballroom",
    "Founders Hall lawn",
    "Convention Center",
    "Engineering atrium",
    "Downtown Marriott",
    "Lakemont Arena",
)

# -- people ------------------------------------------------------------------------------------

FIRST_NAMES = _listed(
    """
    James, Maria, Robert, Aisha, Michael, Priya, David, Chen, Sarah, Luis, Jennifer, Kwame,
    Emily, Hiroshi, Jessica, Omar, Daniel, Fatima, Laura, Mateo, Rachel, Tunde, Megan, Anil,
    Olivia, Carlos, Grace, Dmitri, Hannah, Javier, Nicole, Samuel, Yuki, Andrew, Leila,
    Brian, Sofia, Kevin, Amara, Thomas, Mei, Patrick, Elena, Jason, Zanele, Marcus, Ingrid,
    Ryan, Nadia, Steven, Gabriela, Eric, Ananya, Christopher, Rosa, Jonathan, Keiko, Derek,
    Lucia, Gregory, Adaeze, Matthew, Camila, Paul, Svetlana, Anthony, Noor, Mark, Isabel,
    Joshua, Wei, Benjamin, Chiara, Tyler, Deborah, Raj, Monica, Victor, Julia, Ahmed,
    Allison, Diego, Catherine, Kofi, Heather, Ivan, Alicia, Sean, Beatriz, Nathan, Tamara,
    Marco, Linda, Jamal, Susan, Arjun, Karen, Felipe, Teresa, Howard, Min-jun, Renee,
    Tomasz, Yolanda, Graham, Esther, Rafael, Colleen, Abdul, Diane, Stefan, Joy, Henry,
    Lakshmi
    """
)

LAST_NAMES = _listed(
    """
    Smith, Garcia, Johnson, Nguyen, Williams, Patel, Brown, Kim, Jones, Lopez, Miller,
    Okafor, Davis, Tanaka, Wilson, Hassan, Anderson, Rodriguez, Taylor, Chen, Thomas,
    Martinez, Moore, Singh, Jackson, Hernandez, White, Kowalski, Harris, Gonzalez, Martin,
    Mensah, Thompson, Rossi, Clark, Ivanova, Lewis, Sato, Robinson, Ali, Walker, Mueller,
    Young, Perez, Allen, Adeyemi, King, Sanchez, Wright, Cohen, Scott, Ramirez, Green,
    Yamamoto, Baker, Torres, Adams, Novak, Nelson, Flores, Hill, Nakamura, Campbell, Rivera,
    Mitchell, Haddad, Roberts, Gomez, Carter, Fischer, Phillips, Diaz, Evans, Kaur, Turner,
    Reyes, Parker, Larsen, Collins, Morales, Edwards, Ortiz, Stewart, Wang, Morris, Gupta,
    Murphy, Castillo, Cook, Dubois, Rogers, Osei, Morgan, Silva, Peterson, Jensen, Cooper,
    Romero, Reed, Abdullah, Bailey, Schmidt, Bell, Ruiz, Kelly, O'Brien, Howard, Mendoza,
    Ward, Park, Cox, Herrera, Richardson, Ahmed, Brooks, Vasquez, Watson, Ferreira, Bennett,
    Lindqvist, Gray, Banerjee, Hughes, Suzuki, Price, Chowdhury, Sanders, Petrov, Myers
    """
)

# Family names that read well in organization names ("Whitman College").
NAME_SURNAMES = _listed(
    """
    Whitman, Ashford, Carrington, Pemberton, Hollis, Langley, Merriweather, Thornton,
    Wexford, Calloway, Barrett, Delacroix, Fairbanks, Holloway, Kingsley, Lockwood, Mercer,
    Prescott, Radcliffe, Sinclair, Sutherland, Talbot, Vance, Winslow, Ellison, Hargrove,
    Beaumont, Chandler, Donovan, Everett, Granger, Harlow, Ingram, Jarvis, Keller, Lambert,
    Monroe, Norwood, Okonkwo, Pryor, Quinlan, Rutherford, Stanton, Tillman, Underwood,
    Vaughn, Whitfield, Yardley, Abernathy, Blackwell, Crawford, Dunmore, Easton, Fletcher,
    Gallagher, Hastings, Iverson, Jennings, Kendrick, Lowell
    """
)

PERSON_NOTES = (
    "Prefers e-mail; answers early in the morning.",
    "Lakemont alumna, class of 2004.",
    "Lakemont alumnus, class of 1998.",
    "Met at the Chamber of Commerce breakfast.",
    "Sits on our School of Business advisory board.",
    "Assistant schedules everything; copy them on invitations.",
    "Very data-driven: bring numbers.",
    "Former adjunct in our engineering program.",
    "Daughter is a sophomore in our nursing program.",
    "Travels a lot in Q4; plan meetings early in the quarter.",
    "Started in this role recently; still building the team.",
    "Likes to see students' work, not slides.",
)

# -- places ------------------------------------------------------------------------------------

# (city, state, area code); most partners are in the United States.
US_CITIES: tuple[tuple[str, str, str], ...] = (
    ("Boston", "MA", "617"),
    ("Chicago", "IL", "312"),
    ("Austin", "TX", "512"),
    ("Denver", "CO", "303"),
    ("Seattle", "WA", "206"),
    ("Atlanta", "GA", "404"),
    ("Philadelphia", "PA", "215"),
    ("Phoenix", "AZ", "602"),
    ("Minneapolis", "MN", "612"),
    ("Columbus", "OH", "614"),
    ("Charlotte", "NC", "704"),
    ("Nashville", "TN", "615"),
    ("Pittsburgh", "PA", "412"),
    ("Baltimore", "MD", "410"),
    ("Arlington", "VA", "703"),
    ("Richmond", "VA", "804"),
    ("Raleigh", "NC", "919"),
    ("Portland", "OR", "503"),
    ("San Diego", "CA", "619"),
    ("San Jose", "CA", "408"),
    ("Sacramento", "CA", "916"),
    ("Dallas", "TX", "214"),
    ("Houston", "TX", "713"),
    ("San Antonio", "TX", "210"),
    ("Miami", "FL", "305"),
    ("Tampa", "FL", "813"),
    ("Orlando", "FL", "407"),
    ("Detroit", "MI", "313"),
    ("Grand Rapids", "MI", "616"),
    ("Milwaukee", "WI", "414"),
    ("Madison", "WI", "608"),
    ("Indianapolis", "IN", "317"),
    ("St. Louis", "MO", "314"),
    ("Kansas City", "MO", "816"),
    ("Omaha", "NE", "402"),
    ("Salt Lake City", "UT", "801"),
    ("Albuquerque", "NM", "505"),
    ("Las Vegas", "NV", "702"),
    ("New York", "NY", "212"),
    ("Buffalo", "NY", "716"),
    ("Rochester", "NY", "585"),
    ("Hartford", "CT", "860"),
    ("Providence", "RI", "401"),
    ("Newark", "NJ", "973"),
    ("Wilmington", "DE", "302"),
    ("Washington", "DC", "202"),
    ("Alexandria", "VA", "703"),
    ("Louisville", "KY", "502"),
    ("Cincinnati", "OH", "513"),
    ("Cleveland", "OH", "216"),
    ("Des Moines", "IA", "515"),
    ("Boise", "ID", "208"),
    ("Spokane", "WA", "509"),
    ("Tucson", "AZ", "520"),
    ("New Orleans", "LA", "504"),
    ("Birmingham", "AL", "205"),
    ("Charleston", "SC", "843"),
    ("Savannah", "GA", "912"),
    ("Burlington", "VT", "802"),
    ("Portland", "ME", "207"),
)

# (city, country, international dialling prefix)
INTERNATIONAL_CITIES: tuple[tuple[str, str, str], ...] = (
    ("Toronto", "Canada", "+1 416"),
    ("Vancouver", "Canada", "+1 604"),
    ("Montreal", "Canada", "+1 514"),
    ("Mexico City", "Mexico", "+52 55"),
    ("Monterrey", "Mexico", "+52 81"),
    ("London", "United Kingdom", "+44 20"),
    ("Manchester", "United Kingdom", "+44 161"),
    ("Dublin", "Ireland", "+353 1"),
    ("Berlin", "Germany", "+49 30"),
    ("Munich", "Germany", "+49 89"),
    ("Paris", "France", "+33 1"),
    ("Madrid", "Spain", "+34 91"),
    ("Amsterdam", "Netherlands", "+31 20"),
    ("Stockholm", "Sweden", "+46 8"),
    ("Bangalore", "India", "+91 80"),
    ("Singapore", "Singapore", "+65"),
    ("Seoul", "South Korea", "+82 2"),
    ("Tokyo", "Japan", "+81 3"),
    ("São Paulo", "Brazil", "+55 11"),
    ("Bogotá", "Colombia", "+57 1"),
    ("Nairobi", "Kenya", "+254 20"),
    ("Lagos", "Nigeria", "+234 1"),
    ("Sydney", "Australia", "+61 2"),
    ("Tel Aviv", "Israel", "+972 3"),
)

# The states of US_CITIES, for the names of state agencies.
STATE_NAMES = {
    "MA": "Massachusetts",
    "IL": "Illinois",
    "TX": "Texas",
    "CO": "Colorado",
    "WA": "Washington",
    "GA": "Georgia",
    "PA": "Pennsylvania",
    "AZ": "Arizona",
    "MN": "Minnesota",
    "OH": "Ohio",
    "NC": "North Carolina",
    "TN": "Tennessee",
    "MD": "Maryland",
    "VA": "Virginia",
    "OR": "Oregon",
    "CA": "California",
    "FL": "Florida",
    "MI": "Michigan",
    "WI": "Wisconsin",
    "IN": "Indiana",
    "MO": "Missouri",
    "NE": "Nebraska",
    "UT": "Utah",
    "NM": "New Mexico",
    "NV": "Nevada",
    "NY": "New York",
    "CT": "Connecticut",
    "RI": "Rhode Island",
    "NJ": "New Jersey",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "KY": "Kentucky",
    "IA": "Iowa",
    "ID": "Idaho",
    "LA": "Louisiana",
    "AL": "Alabama",
    "SC": "South Carolina",
    "VT": "Vermont",
    "ME": "Maine",
}

STREET_NAMES = _listed(
    """
    Market, Main, Commerce, Harbor, Lake, Park, Washington, Jefferson, Oak, Maple, Cedar,
    Elm, Pine, River, Hill, Franklin, Madison, Lincoln, Industrial, Technology, Innovation,
    University, College, Center, Church, Mill, Spring, Union, Grand, Broad
    """
)

STREET_TYPES = ("Street", "Avenue", "Boulevard", "Drive", "Parkway", "Way", "Plaza", "Road")

# -- organizations ---------------------------------------------------------------------------

# Invented place-like words, so that generated names do not belong to real organizations.
NAME_STEMS = _listed(
    """
    Harbor, Summit, Cedar, Northgate, Riverside, Bluewater, Granite, Lakeshore, Pinecrest,
    Redwood, Silver Creek, Oakridge, Meridian, Keystone, Beacon, Evergreen, Highland,
    Prairie, Coastal, Frontier, Liberty, Pioneer, Heritage, Sterling, Crescent, Ironwood,
    Aspen, Willow, Falcon, Horizon, Vantage, Clearwater, Stonebridge, Brightwater, Foxhall,
    Westbrook, Eastfield, Northwind, Southport, Ridgeview, Bayview, Copperline, Goldleaf,
    Hawthorne, Juniper, Mosaic, Greenfield, Fairview, Millbrook, Brookstone, Elmwood,
    Cypress, Magnolia, Sequoia, Cascade, Sierra, Mesa, Canyon, Lakeview, Hillcrest,
    Parkside, Three Rivers, Blue Ridge, Red Rock, Twin Oaks, Kestrel, Larkspur, Tamarack,
    Windmill, Lighthouse, Cornerstone, Benchmark, Wellspring, Ember, Northstar, Riverbend,
    Sandstone, Timberline, Whitewater, Wildrose
    """
)

# Turn a stem into a place name ("Cedar Falls"), which multiplies the names available.
PLACE_ENDINGS = (
    "Valley", "Heights", "Springs", "Falls", "Hills", "Point", "Lakes", "Bay", "Ridge", "Grove",
    "Crossing", "Park",
)  # fmt: skip

# Syllables for names of technology firms ("Sparkforge", "Datapath").
TECH_HEADS = _listed(
    """
    Spark, Data, Cloud, Byte, Signal, Pixel, Logic, Nova, Vector, Bright, Quant, Cipher,
    Kinet, Lumen, Stack, Orbit, Helix, Cobalt, Flux, Prism
    """
)
TECH_TAILS = _listed(
    """
    forge, works, path, wise, point, mind, flow, sync, grid, loop, bridge, scale, nest,
    field, line
    """
)

CORPORATE_SUFFIXES = ("Group", "Inc.", "& Co.", "Holdings", "LLC", "Partners", "International")

# What is appended, in order, when a generated name is already taken.
DISAMBIGUATORS = (
    "Group",
    "Labs",
    "Holdings",
    "International",
    "North",
    "South",
    "East",
    "West",
    "Partners",
    "Associates",
    "Alliance",
    "Network",
    "Collective",
    "Regional",
    "Global",
    "Central",
)


@dataclass(frozen=True)
class SectorProfile:
    """What varies with the kind of organization: names, skills they need, their titles."""

    sector: str
    # the one of our schools that works most with this kind of partner
    school: str
    kind: PartnerKind
    weight: int
    # name patterns; {stem}, {surname}, {tech}, {state}, {surname2} are filled in
    name_patterns: tuple[str, ...]
    nouns: tuple[str, ...]
    skills: tuple[str, ...]
    hires: tuple[str, ...]
    titles: tuple[str, ...]
    headcounts: tuple[str, ...]
    # names of our offers (see OFFERS) that this kind of partner typically wants
    offers: tuple[str, ...]


SECTORS: tuple[SectorProfile, ...] = (
    SectorProfile(
        sector="Banking & Financial Services",
        school="School of Business",
        kind=PartnerKind.COMPANY,
        weight=8,
        name_patterns=("{stem} {noun}", "{surname} {noun}", "{stem} {noun} {corp}"),
        nouns=("Bank", "Financial", "Credit Union", "Capital", "Trust", "Savings Bank"),
        skills=(
            "financial analysis",
            "risk analytics",
            "regulatory compliance",
            "customer service",
            "anti-money-laundering",
            "data analytics",
        ),
        hires=(
            "financial analyst",
            "branch associate",
            "compliance analyst",
            "risk modeler",
            "relationship banker",
        ),
        titles=(
            "Chief Human Resources Officer",
            "VP Talent Acquisition",
            "Chief Risk Officer",
            "Director of Community Relations",
            "Head of Campus Recruiting",
            "Senior Recruiter",
            "Regional President",
            "Chief Operating Officer",
            "Learning & Development Manager",
            "Branch Operations Director",
        ),
        headcounts=("400", "1,200", "3,500", "8,000"),
        offers=(
            "Summer Internship Program",
            "Accounting Honors Cohort",
            "Data Science Certificate",
            "MBA Consulting Practicum",
            "Executive Education: Leading Teams",
            "Career Fair Sponsorship",
            "Business Analytics Master's Cohort",
        ),
    ),
    SectorProfile(
        sector="Healthcare",
        school="School of Nursing",
        kind=PartnerKind.COMPANY,
        weight=9,
        name_patterns=("{stem} {noun}", "{surname} {noun}", "{stem} Regional {noun}"),
        nouns=(
            "Health",
            "Medical Center",
            "Hospital",
            "Health System",
            "Clinics",
            "Children's Hospital",
        ),
        skills=(
            "nursing",
            "health informatics",
            "medical coding",
            "respiratory therapy",
            "patient care",
            "clinical research",
        ),
        hires=(
            "registered nurse",
            "nurse practitioner",
            "medical coder",
            "health data analyst",
            "respiratory therapist",
        ),
        titles=(
            "Chief Nursing Officer",
            "Chief Human Resources Officer",
            "VP Talent Acquisition",
            "Director of Nursing Education",
            "Chief Medical Information Officer",
            "Clinical Education Manager",
            "Director of Community Benefit",
            "Nurse Recruiter",
            "Chief Executive Officer",
        ),
        headcounts=("900", "2,400", "6,000", "14,000"),
        offers=(
            "Nursing Clinical Placements",
            "Nurse Residency Partnership",
            "Simulation Center for Health Professions",
            "Bilingual Health Workers Program",
            "Faculty Expertise: Public Health Evaluation",
            "Health Informatics Certificate",
        ),
    ),
    SectorProfile(
        sector="Technology",
        school="School of Computing",
        kind=PartnerKind.COMPANY,
        weight=10,
        name_patterns=("{tech} {noun}", "{tech}", "{stem} {noun}", "{tech} {noun}"),
        nouns=("Systems", "Software", "Labs", "Technologies", "Analytics", "Data", "Cloud"),
        skills=(
            "data science",
            "cybersecurity",
            "cloud engineering",
            "software testing",
            "UX design",
            "machine learning",
            "full-stack development",
        ),
        hires=(
            "software engineer",
            "data analyst",
            "security analyst",
            "QA engineer",
            "product designer",
            "cloud engineer",
        ),
        titles=(
            "Chief Technology Officer",
            "VP Engineering",
            "VP Talent Acquisition",
            "Chief People Officer",
            "Head of University Recruiting",
            "Engineering Manager",
            "Director of Data Science",
            "CISO",
            "Technical Recruiter",
            "Founder & CEO",
        ),
        headcounts=("60", "250", "1,100", "5,000"),
        offers=(
            "Computing Capstone Projects",
            "Cybersecurity Bootcamp",
            "Data Science Certificate",
            "Applied AI Lab",
            "Summer Internship Program",
            "Cloud Engineering Micro-credential",
        ),
    ),
    SectorProfile(
        sector="Engineering & Construction",
        school="School of Engineering",
        kind=PartnerKind.COMPANY,
        weight=7,
        name_patterns=("{stem} {noun}", "{surname} & {surname2}", "{surname} {noun}"),
        nouns=(
            "Engineering",
            "Engineers",
            "Structures",
            "Infrastructure",
            "Builders",
            "Design Group",
        ),
        skills=(
            "civil engineering",
            "CAD drafting",
            "project management",
            "structural analysis",
            "surveying",
            "building information modeling",
        ),
        hires=(
            "project engineer",
            "CAD technician",
            "site supervisor",
            "estimator",
            "structural engineer",
        ),
        titles=(
            "Principal",
            "Chief Operating Officer",
            "Director of Human Resources",
            "VP Talent Acquisition",
            "Senior Project Manager",
            "Chief Engineer",
            "Director of Safety",
            "Recruiting Manager",
        ),
        headcounts=("80", "300", "1,500", "4,000"),
        offers=(
            "Engineering Co-op Program",
            "Engineering Senior Design",
            "Faculty Expertise: Structural Engineering",
            "Makerspace and Fabrication Lab",
            "Building Information Modeling Lab",
        ),
    ),
    SectorProfile(
        sector="Retail",
        school="School of Business",
        kind=PartnerKind.COMPANY,
        weight=5,
        name_patterns=("{stem} {noun}", "{surname_s} {noun}", "{stem} {noun} {corp}"),
        nouns=("Markets", "Stores", "Outfitters", "Supply", "Grocers", "Home & Garden"),
        skills=(
            "supply chain",
            "merchandising",
            "store management",
            "e-commerce",
            "customer analytics",
        ),
        hires=(
            "assistant store manager",
            "buyer",
            "supply chain analyst",
            "e-commerce specialist",
            "district manager trainee",
        ),
        titles=(
            "Chief Human Resources Officer",
            "VP Store Operations",
            "Director of Talent",
            "Regional Manager",
            "Head of E-commerce",
            "Campus Recruiting Lead",
            "Director of Community Giving",
        ),
        headcounts=("300", "2,000", "9,000", "25,000"),
        offers=(
            "Summer Internship Program",
            "MBA Consulting Practicum",
            "Faculty Expertise: Supply Chain Analytics",
            "Executive Education: Leading Teams",
            "Career Fair Sponsorship",
            "E-commerce Bootcamp",
            "Supply Chain Management Certificate",
        ),
    ),
    SectorProfile(
        sector="Consulting",
        school="School of Business",
        kind=PartnerKind.COMPANY,
        weight=5,
        name_patterns=("{surname} & {surname2}", "{stem} {noun}", "{surname} {noun}"),
        nouns=("Consulting", "Advisors", "Partners", "Strategy Group", "Associates"),
        skills=(
            "business analytics",
            "change management",
            "data visualization",
            "process improvement",
            "accounting",
        ),
        hires=(
            "business analyst",
            "associate consultant",
            "audit associate",
            "data visualization specialist",
        ),
        titles=(
            "Managing Partner",
            "Partner",
            "Chief People Officer",
            "Director of Recruiting",
            "Practice Lead",
            "Senior Manager",
            "Campus Recruiting Manager",
        ),
        headcounts=("40", "200", "900", "3,000"),
        offers=(
            "MBA Consulting Practicum",
            "Accounting Honors Cohort",
            "Data Science Certificate",
            "Scholars-in-Residence Cohort",
            "Business Analytics Master's Cohort",
        ),
    ),
    SectorProfile(
        sector="Manufacturing",
        school="School of Engineering",
        kind=PartnerKind.COMPANY,
        weight=6,
        name_patterns=("{stem} {noun}", "{surname} {noun}", "{stem} {noun} {corp}"),
        nouns=("Manufacturing", "Industries", "Precision", "Components", "Fabrication", "Robotics"),
        skills=(
            "mechanical engineering",
            "quality control",
            "industrial automation",
            "lean manufacturing",
            "robotics",
        ),
        hires=(
            "manufacturing engineer",
            "quality technician",
            "automation engineer",
            "production supervisor",
        ),
        titles=(
            "Plant Manager",
            "VP Operations",
            "Director of Human Resources",
            "Chief Executive Officer",
            "Engineering Director",
            "Training Manager",
            "Talent Acquisition Partner",
        ),
        headcounts=("150", "600", "2,200", "7,500"),
        offers=(
            "Engineering Co-op Program",
            "Makerspace and Fabrication Lab",
            "Apprenticeship Design Service",
            "Engineering Senior Design",
            "Manufacturing Technician Apprenticeship",
        ),
    ),
    SectorProfile(
        sector="Logistics & Transportation",
        school="School of Business",
        kind=PartnerKind.COMPANY,
        weight=3,
        name_patterns=("{stem} {noun}", "{surname} {noun}"),
        nouns=("Logistics", "Freight", "Transit", "Distribution", "Shipping"),
        skills=("supply chain", "operations research", "fleet management", "data analytics"),
        hires=("logistics analyst", "operations supervisor", "dispatcher", "planner"),
        titles=(
            "VP Operations",
            "Director of People",
            "Chief Operating Officer",
            "Talent Acquisition Manager",
            "Director of Analytics",
        ),
        headcounts=("200", "1,000", "4,500"),
        offers=(
            "Faculty Expertise: Supply Chain Analytics",
            "Summer Internship Program",
            "Data Science Certificate",
            "Apprenticeship Design Service",
            "Supply Chain Management Certificate",
        ),
    ),
    SectorProfile(
        sector="Energy & Utilities",
        school="School of Engineering",
        kind=PartnerKind.COMPANY,
        weight=3,
        name_patterns=("{stem} {noun}", "{stem} {noun} {corp}"),
        nouns=("Energy", "Power", "Utilities", "Renewables", "Water"),
        skills=(
            "electrical engineering",
            "renewable energy",
            "environmental science",
            "GIS",
            "safety management",
        ),
        hires=(
            "electrical engineer",
            "field technician",
            "environmental analyst",
            "GIS specialist",
        ),
        titles=(
            "VP Human Resources",
            "Chief Engineer",
            "Director of Workforce Development",
            "Sustainability Officer",
            "Director of Community Affairs",
        ),
        headcounts=("500", "2,500", "10,000"),
        offers=(
            "Engineering Co-op Program",
            "Engineering Senior Design",
            "Grant Co-application Support",
            "Summer Internship Program",
            "Renewable Energy Research Center",
            "GIS Short Courses",
        ),
    ),
    SectorProfile(
        sector="Higher Education",
        school="College of Arts & Sciences",
        kind=PartnerKind.UNIVERSITY,
        weight=8,
        name_patterns=(
            "{stem} State University",
            "University of {stem}",
            "{surname} College",
            "{surname} University",
            "{stem} Institute of Technology",
            "{stem} College of Nursing",
        ),
        nouns=("University",),
        skills=(
            "research methods",
            "grant writing",
            "data science",
            "teacher education",
            "bioinformatics",
        ),
        hires=("research assistant", "postdoctoral fellow", "lab manager"),
        titles=(
            "Provost",
            "Dean of Engineering",
            "Dean of Graduate Studies",
            "Director of Global Partnerships",
            "Associate Vice President for Research",
            "Registrar",
            "Director of Articulation Agreements",
            "Department Chair",
        ),
        headcounts=("1,800", "4,000", "9,000"),
        offers=(
            "Applied AI Lab",
            "Grant Co-application Support",
            "Faculty Expertise: Public Health Evaluation",
            "Guest Speaker Series",
            "Bioinformatics Research Assistantships",
        ),
    ),
    SectorProfile(
        sector="K-12 & Community Colleges",
        school="School of Education",
        kind=PartnerKind.SCHOOL,
        weight=8,
        name_patterns=(
            "{stem} Community College",
            "{stem} High School",
            "{surname} Academy",
            "{stem} Unified School District",
            "{stem} Technical College",
        ),
        nouns=("School",),
        skills=(
            "STEM teaching",
            "college counseling",
            "dual enrollment",
            "special education",
            "teacher education",
        ),
        hires=("math teacher", "science teacher", "school counselor", "instructional aide"),
        titles=(
            "Principal",
            "Superintendent",
            "Dean of Workforce Programs",
            "College and Career Counselor",
            "Vice President of Academic Affairs",
            "Director of Dual Enrollment",
            "STEM Coordinator",
        ),
        headcounts=("120", "450", "2,000"),
        offers=(
            "Teacher Residency Cohort",
            "Guest Speaker Series",
            "Scholars-in-Residence Cohort",
            "Conference and Training Rooms",
        ),
    ),
    SectorProfile(
        sector="Community Services",
        school="School of Health Professions",
        kind=PartnerKind.NONPROFIT,
        weight=9,
        name_patterns=(
            "{stem} Foundation",
            "{stem} Youth Alliance",
            "{stem} Workforce Council",
            "{surname} Family Foundation",
            "{stem} Food Bank",
            "{stem} Community Health Network",
            "Friends of {stem}",
        ),
        nouns=("Foundation",),
        skills=(
            "program evaluation",
            "fundraising",
            "social work",
            "community health",
            "grant writing",
        ),
        hires=(
            "program coordinator",
            "case manager",
            "development associate",
            "community health worker",
        ),
        titles=(
            "Executive Director",
            "Program Director",
            "Development Director",
            "Board Chair",
            "Director of Operations",
            "Volunteer Coordinator",
            "Director of Grants",
        ),
        headcounts=("15", "60", "250"),
        offers=(
            "Faculty Expertise: Public Health Evaluation",
            "Grant Co-application Support",
            "Bilingual Health Workers Program",
            "Scholars-in-Residence Cohort",
            "Social Work Field Placements",
            "Grant Writing Workshop Series",
            "Program Evaluation Clinic",
        ),
    ),
    SectorProfile(
        sector="Public Sector",
        school="College of Arts & Sciences",
        kind=PartnerKind.GOVERNMENT,
        weight=6,
        name_patterns=(
            "City of {stem}",
            "{stem} County Workforce Board",
            "{state} Department of Labor",
            "{state} Economic Development Agency",
            "{stem} County Health Department",
            "{stem} Regional Transit Authority",
        ),
        nouns=("Agency",),
        skills=(
            "public administration",
            "GIS",
            "policy analysis",
            "cybersecurity",
            "public health",
        ),
        hires=("policy analyst", "GIS analyst", "public health specialist", "IT specialist"),
        titles=(
            "Director",
            "Deputy Commissioner",
            "Program Manager",
            "Workforce Development Specialist",
            "Chief Information Officer",
            "Human Resources Administrator",
            "Deputy Mayor",
        ),
        headcounts=("200", "900", "3,000"),
        offers=(
            "Grant Co-application Support",
            "Cybersecurity Bootcamp",
            "Data Science Certificate",
            "Apprenticeship Design Service",
            "Scholars-in-Residence Cohort",
            "Public Service Scholars",
            "GIS Short Courses",
        ),
    ),
    SectorProfile(
        sector="Business Associations",
        school="School of Business",
        kind=PartnerKind.OTHER,
        weight=2,
        name_patterns=(
            "{stem} Chamber of Commerce",
            "{stem} Business Roundtable",
            "{stem} Innovation District",
            "{stem} Technology Council",
        ),
        nouns=("Council",),
        skills=("entrepreneurship", "economic development", "event management"),
        hires=("events coordinator", "membership associate"),
        titles=(
            "President & CEO",
            "Vice President of Programs",
            "Director of Membership",
            "Board Chair",
            "Talent Initiatives Manager",
        ),
        headcounts=("10", "40"),
        offers=(
            "Career Fair Sponsorship",
            "Guest Speaker Series",
            "Conference and Training Rooms",
            "Executive Education: Leading Teams",
        ),
    ),
)

THEIR_ROLES = (
    "champion",
    "decision maker",
    "HR lead",
    "technical contact",
    "executive sponsor",
    "day-to-day contact",
    "mentor coordinator",
)

TAG_NAMES = (
    "internships",
    "research",
    "board",
    "alumni",
    "hiring",
    "grant",
    "co-op",
    "capstone",
)

# -- partner descriptions -------------------------------------------------------------------

SUMMARY_OPENINGS = (
    "{name} is {a_sector} organization in {city} with about **{headcount} staff**.",
    "{name} ({city}) employs about **{headcount} people** and recruits regionally.",
    "Based in {city}, {name} has roughly **{headcount} employees**.",
)

SUMMARY_MIDDLES = (
    "They struggle to fill **{hire}** roles and lose new hires within the first year.",
    "Their pipeline of {hire}s depends on two or three schools; they want more.",
    "Growth plans call for {n} more {hire}s over the next two years.",
    "They are rebuilding their {skill} team after a wave of retirements.",
    "Interested in applied projects in {skill} with our faculty.",
    "Their leadership wants a visible community partner in {city}.",
)

SUMMARY_CLOSINGS = (
    "Introduced by a trustee.",
    "Several Lakemont alumni work there.",
    "First contact came through the career fair.",
    "The president met their CEO at the Chamber breakfast.",
    "They approached us after reading about the capstone showcase.",
    "",
)

OFFER_TEXT_LINES = (
    "Summer interns from the {school}",
    "Capstone teams mentored by their engineers",
    "Workshop in {skill} for their staff, run by our faculty",
    "Priority booth at the career fair",
    "Lab access for joint {skill} projects",
    "Executive education seats for their managers",
    "{offer}",
    "{offer2}",
    "Co-op students for two six-month rotations",
    "Guest lectures and a spot on an advisory board",
)

# -- meetings --------------------------------------------------------------------------------

FIRST_MEETING_TITLES = (
    "Introductory meeting with the {their_title}",
    "Kick-off with the {their_title}",
    "First visit to {short}",
    "Intro coffee with {their_name}",
    "Getting to know {short}",
)

MEETING_TITLES = {
    "in_person": (
        "Internship pipeline check-in",
        "Campus visit: {school}",
        "Site visit at {short}",
        "Quarterly review with {their_first}",
        "Lunch with {their_name}",
        "Capstone showcase planning",
        "Working session on the {skill} program",
        "Talent needs review with the {their_title}",
        "Tour of the {skill} lab",
    ),
    "video": (
        "Monthly sync with {their_first}",
        "Video call: {skill} curriculum feedback",
        "Internship cohort planning",
        "Check-in on the {season} cohort",
        "Scholarship committee call",
    ),
    "phone": (
        "Call with {their_first} about the {season} cohort",
        "Quick call: intern start dates",
        "Call with the {their_title}",
        "Phone check-in with {their_first}",
    ),
    "email": (
        "E-mail: job descriptions for {season}",
        "E-mail follow-up with {their_first}",
        "E-mail: capstone project proposals",
        "E-mail thread on the MOU draft",
    ),
    "note": (
        "Note: news from {short}",
        "Heard from {their_first}",
        "Note after running into {their_first}",
        "Note: leadership change at {short}",
    ),
}

NOTE_OPENINGS = (
    "Met {their_name} ({their_title}) at their {city} office.",
    "{their_first} brought {their2_first}; {our_first} joined for the second half.",
    "Good energy. {their_first} had read our one-pager in advance.",
    "Short meeting, {their_first} was called away after 40 minutes.",
    "{our_first} led; I mostly listened.",
    "First time {their_first} came to campus.",
)

NEEDS_LINES = (
    "Losing {n2} mid-level {hire}s a quarter to bigger employers",
    "{their_first} worried about retention of new grads after year one",
    "Budget frozen until Q{q}; anything new needs a sponsor",
    "Need bilingual {hire}s for the {city} location",
    "Onboarding takes too long: {n2} months before a new {hire} is productive",
    "Board is asking for a visible community partnership this year",
    "Their {skill} team is stretched; two open positions for {n2} months",
    "Concerned about the cost of agency recruiters ({pct}% of first-year salary)",
    "Want a more diverse applicant pool for {hire} roles",
    "Upcoming retirements: about {pct}% of senior staff in five years",
    "Hard to get managers to free up time for mentoring",
)

TALENT_LINES = (
    "{n} {skill} interns for {season}",
    "Entry-level {hire}s with some {skill} experience",
    "Upskilling for {n2} supervisors in {skill}",
    "Part-time students who can stay on through the school year",
    "A capstone team to prototype a {skill} tool",
    "Graduates who can start in {month}; {n} openings",
    "People who are comfortable presenting to clients",
    "{skill} certificate for {n} current staff",
)

OFFER_LINES = (
    "{offer} ({season})",
    "Capstone team from the {school}, {n2} students",
    "{our_first} can run a {skill} workshop on site",
    "Priority access to the {season} career fair",
    "Faculty advisor for their {skill} project",
    "Tailored executive education for their managers",
    "{offer}: {n} places left",
)

NEXT_STEP_LINES = (
    "Follow up with {their_first} on {date}",
    "Book a campus visit for their team in {month}",
    "{our_first} to draft a one-page proposal",
    "Send thank-you note to {their_first}",
    "Put {their_first} in touch with the {school} dean",
    "Check budget cycle timing with {their_first}",
    "Invite them to the {event}",
    "Schedule next check-in for {date}",
)

QUICK_NOTES = (
    "{their_first} called: they are restructuring HR; hold the internship proposal until {month}.",
    "Ran into {their_name} at the {event}. Still keen on the {skill} pilot.",
    "{their_first} moved to a new role; {their2_first} is now our contact.",
    "Their CEO mentioned us in a local news interview. Send a note of thanks.",
    "{their_first} asked whether we have {n} {skill} students for a short project.",
    "Budget approved for {season}; {their_first} will confirm numbers next week.",
    "Heard they opened a new office in {city}; good moment to reconnect.",
)

EMAIL_OPENINGS = (
    "Thread with {their_first} — summary:",
    "{their_first} replied to our follow-up:",
    "E-mail exchange with {their_name}:",
)

UPCOMING_PREP = (
    "Prep:\n- Ask about the {season} cohort numbers\n- Bring the {offer} one-pager",
    "Prep:\n- Review open commitments before we go\n- {our_first} to join for the first half",
    "Agenda from {their_first}:\n- {skill} program update\n- Next year's intern budget",
    "",
)

# -- commitments -------------------------------------------------------------------------------

OUR_COMMITMENTS = (
    "Send the list of {n} {skill} interns",
    "Host a campus visit for their {skill} leads",
    "Introduce {their_first} to the dean of the {school}",
    "Share the capstone project calendar for {season}",
    "Draft the MOU for the {skill} pilot",
    "Send the co-op program brochure and fee schedule",
    "Arrange a meeting with our career services director",
    "Confirm faculty availability for the {skill} workshop",
    "Send résumés of {n2} shortlisted students",
    "Reserve a booth for them at the {event}",
    "Share outcomes data from last year's cohort",
    "Propose three dates for a guest lecture",
    "Send the draft scholarship agreement",
    "Nominate a faculty advisor for their {skill} project",
)

THEIR_COMMITMENTS = (
    "Share the job descriptions for the {season} cohort",
    "Confirm how many interns they can take in {season}",
    "Send the signed NDA for the capstone projects",
    "Nominate a mentor for each of the {n2} students",
    "Propose dates for a site visit",
    "Send feedback on the {skill} curriculum draft",
    "Confirm the sponsorship amount for the {event}",
    "Introduce us to their {their_title2}",
    "Return the signed MOU",
    "Provide a data set for the capstone team",
    "Confirm the hourly rate for interns",
    "Send the list of {n2} managers for the workshop",
    "Share their hiring forecast for next year",
)

# -- needs -------------------------------------------------------------------------------------

NEED_DESCRIPTIONS: dict[NeedCategory, tuple[str, ...]] = {
    NeedCategory.TALENT: (
        "{n} entry-level {hire}s a year, starting {season}",
        "A steady pipeline of {hire}s for the {city} office",
        "Summer interns in {skill} ({n2}–{n} a year)",
        "Diverse candidates for {hire} roles",
        "Replace {n2} retiring {hire}s over two years",
    ),
    NeedCategory.SKILLS: (
        "Upskill {n} current staff in {skill}",
        "{skill} certificate for their supervisors",
        "Leadership training for new managers",
        "Short courses in {skill} their people can take at night",
    ),
    NeedCategory.RESEARCH: (
        "Applied research partner for a {skill} problem",
        "Help evaluating their {skill} pilot",
        "Faculty expertise in {skill} for a grant application",
    ),
    NeedCategory.FUNDING: (
        "Co-applicant for a state workforce grant",
        "Matching funds for a scholarship program",
    ),
    NeedCategory.FACILITIES: (
        "Lab space for a {skill} training program",
        "Rooms for a quarterly {n}-person training day",
    ),
    NeedCategory.VISIBILITY: (
        "Visibility with students at career fairs",
        "Recognition as a community partner in {city}",
        "Speaking slot at a campus event",
    ),
    NeedCategory.OTHER: (
        "Advice on setting up an apprenticeship program",
        "Help translating job descriptions for students",
    ),
}

NEED_CATEGORY_WEIGHTS: tuple[tuple[NeedCategory, int], ...] = (
    (NeedCategory.TALENT, 38),
    (NeedCategory.SKILLS, 28),
    (NeedCategory.RESEARCH, 10),
    (NeedCategory.FUNDING, 6),
    (NeedCategory.FACILITIES, 5),
    (NeedCategory.VISIBILITY, 8),
    (NeedCategory.OTHER, 5),
)

# -- offers ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfferTemplate:
    """One thing our side can give, as the offers table holds it."""

    name: str
    kind: OfferKind
    description: str
    categories: tuple[NeedCategory, ...]
    skills: str
    capacity: int | None
    season: str


OFFERS: tuple[OfferTemplate, ...] = (
    OfferTemplate(
        "Summer Internship Program",
        OfferKind.INTERNSHIP,
        "Ten-week paid internships, matched by Career Services.",
        (NeedCategory.TALENT,),
        "business, computing, engineering, accounting, marketing",
        120,
        "Summer",
    ),
    OfferTemplate(
        "Engineering Co-op Program",
        OfferKind.INTERNSHIP,
        "Two six-month rotations for junior engineering students.",
        (NeedCategory.TALENT, NeedCategory.SKILLS),
        "civil engineering, mechanical engineering, electrical engineering, project engineer",
        60,
        "Fall and Spring",
    ),
    OfferTemplate(
        "Computing Capstone Projects",
        OfferKind.PROGRAM,
        "Senior teams build a working prototype for a partner over two semesters.",
        (NeedCategory.TALENT, NeedCategory.RESEARCH),
        "software development, software engineer, data science, UX design, full-stack development",
        25,
        "Academic year",
    ),
    OfferTemplate(
        "Engineering Senior Design",
        OfferKind.PROGRAM,
        "Partner-sponsored design projects with a faculty advisor.",
        (NeedCategory.RESEARCH, NeedCategory.TALENT),
        "structural analysis, CAD, project management",
        18,
        "Academic year",
    ),
    OfferTemplate(
        "Nursing Clinical Placements",
        OfferKind.STUDENT_COHORT,
        "BSN students in supervised clinical rotations.",
        (NeedCategory.TALENT,),
        "nursing, patient care, registered nurse",
        80,
        "Fall and Spring",
    ),
    OfferTemplate(
        "Nurse Residency Partnership",
        OfferKind.PROGRAM,
        "Twelve-month residency for new graduate nurses, co-taught.",
        (NeedCategory.TALENT, NeedCategory.SKILLS),
        "nursing, clinical leadership, nurse practitioner",
        30,
        "Year-round",
    ),
    OfferTemplate(
        "Data Science Certificate",
        OfferKind.PROGRAM,
        "Four evening courses for working professionals.",
        (NeedCategory.SKILLS,),
        "Python, SQL, statistics, machine learning, data science, data analytics",
        40,
        "Fall",
    ),
    OfferTemplate(
        "Cybersecurity Bootcamp",
        OfferKind.PROGRAM,
        "Twelve-week intensive for career changers and staff.",
        (NeedCategory.SKILLS, NeedCategory.TALENT),
        "cybersecurity, network security, incident response, security analyst",
        30,
        "Spring",
    ),
    OfferTemplate(
        "Executive Education: Leading Teams",
        OfferKind.PROGRAM,
        "Five-day program for new managers, on campus or on site.",
        (NeedCategory.SKILLS,),
        "leadership, change management, new managers",
        35,
        "Year-round",
    ),
    OfferTemplate(
        "MBA Consulting Practicum",
        OfferKind.STUDENT_COHORT,
        "MBA teams take on a strategy question for eight weeks.",
        (NeedCategory.RESEARCH, NeedCategory.SKILLS),
        "strategy, market analysis, finance, business analytics",
        12,
        "Spring",
    ),
    OfferTemplate(
        "Accounting Honors Cohort",
        OfferKind.STUDENT_COHORT,
        "Top accounting juniors available for winter-season internships.",
        (NeedCategory.TALENT,),
        "accounting, audit, audit associate, financial analysis",
        20,
        "Winter",
    ),
    OfferTemplate(
        "Teacher Residency Cohort",
        OfferKind.STUDENT_COHORT,
        "Graduate teacher candidates placed in partner schools for a year.",
        (NeedCategory.TALENT,),
        "STEM teaching, special education, math teacher, science teacher, teacher education",
        25,
        "Academic year",
    ),
    OfferTemplate(
        "Applied AI Lab",
        OfferKind.LAB,
        "GPU lab and research staff for joint machine-learning projects.",
        (NeedCategory.RESEARCH, NeedCategory.FACILITIES),
        "machine learning, computer vision",
        6,
        "Year-round",
    ),
    OfferTemplate(
        "Simulation Center for Health Professions",
        OfferKind.LAB,
        "High-fidelity simulation rooms for clinical training.",
        (NeedCategory.FACILITIES, NeedCategory.SKILLS),
        "clinical simulation, patient safety, respiratory therapy",
        10,
        "Year-round",
    ),
    OfferTemplate(
        "Makerspace and Fabrication Lab",
        OfferKind.LAB,
        "3D printing, CNC and electronics benches for prototypes.",
        (NeedCategory.FACILITIES, NeedCategory.RESEARCH),
        "prototyping, robotics",
        8,
        "Year-round",
    ),
    OfferTemplate(
        "Faculty Expertise: Supply Chain Analytics",
        OfferKind.FACULTY_EXPERTISE,
        "Two faculty who consult on network design and forecasting.",
        (NeedCategory.RESEARCH,),
        "operations research, forecasting",
        None,
        "",
    ),
    OfferTemplate(
        "Faculty Expertise: Public Health Evaluation",
        OfferKind.FACULTY_EXPERTISE,
        "Program evaluation for community health initiatives.",
        (NeedCategory.RESEARCH, NeedCategory.FUNDING),
        "program evaluation, epidemiology",
        None,
        "",
    ),
    OfferTemplate(
        "Faculty Expertise: Structural Engineering",
        OfferKind.FACULTY_EXPERTISE,
        "Testing and analysis support from the structures group.",
        (NeedCategory.RESEARCH,),
        "structural analysis, materials testing",
        None,
        "",
    ),
    OfferTemplate(
        "Grant Co-application Support",
        OfferKind.OTHER,
        "Sponsored Research helps partners co-apply for workforce grants.",
        (NeedCategory.FUNDING,),
        "grant writing",
        None,
        "Year-round",
    ),
    OfferTemplate(
        "Career Fair Sponsorship",
        OfferKind.OTHER,
        "Premium booth, logo on materials, and a speaking slot.",
        (NeedCategory.VISIBILITY, NeedCategory.TALENT),
        "",
        40,
        "Fall and Spring",
    ),
    OfferTemplate(
        "Guest Speaker Series",
        OfferKind.OTHER,
        "Partner leaders speak to classes and student clubs.",
        (NeedCategory.VISIBILITY,),
        "",
        30,
        "Academic year",
    ),
    OfferTemplate(
        "Apprenticeship Design Service",
        OfferKind.FACULTY_EXPERTISE,
        "Continuing Education helps partners design registered apprenticeships.",
        (NeedCategory.SKILLS, NeedCategory.OTHER),
        "workforce development, apprenticeships",
        None,
        "",
    ),
    OfferTemplate(
        "Scholars-in-Residence Cohort",
        OfferKind.STUDENT_COHORT,
        "Honors students placed part-time with a partner all year.",
        (NeedCategory.TALENT, NeedCategory.VISIBILITY),
        "communications, analytics, program coordinator",
        15,
        "Academic year",
    ),
    OfferTemplate(
        "Conference and Training Rooms",
        OfferKind.LAB,
        "Rooms for partner training days, at cost.",
        (NeedCategory.FACILITIES,),
        "",
        200,
        "Summer",
    ),
    OfferTemplate(
        "Bilingual Health Workers Program",
        OfferKind.PROGRAM,
        "Certificate for Spanish-English community health workers.",
        (NeedCategory.TALENT, NeedCategory.SKILLS),
        "community health, community health worker, interpretation",
        25,
        "Spring",
    ),
    OfferTemplate(
        "Health Informatics Certificate",
        OfferKind.PROGRAM,
        "Six online courses on health records, coding and analytics.",
        (NeedCategory.SKILLS,),
        "health informatics, medical coding, health data analyst",
        30,
        "Fall and Spring",
    ),
    OfferTemplate(
        "Cloud Engineering Micro-credential",
        OfferKind.PROGRAM,
        "Three stackable badges on cloud platforms, DevOps and testing.",
        (NeedCategory.SKILLS,),
        "cloud engineering, cloud engineer, DevOps, software testing, QA engineer",
        25,
        "Spring",
    ),
    OfferTemplate(
        "Supply Chain Management Certificate",
        OfferKind.PROGRAM,
        "Evening certificate on planning, sourcing and logistics.",
        (NeedCategory.SKILLS,),
        "supply chain, logistics, supply chain analyst, logistics analyst, operations research",
        30,
        "Fall",
    ),
    OfferTemplate(
        "GIS Short Courses",
        OfferKind.PROGRAM,
        "Weekend courses in mapping, spatial analysis and remote sensing.",
        (NeedCategory.SKILLS,),
        "GIS, GIS analyst, GIS specialist, surveying",
        20,
        "Summer",
    ),
    OfferTemplate(
        "Manufacturing Technician Apprenticeship",
        OfferKind.INTERNSHIP,
        "Two-year registered apprenticeship with the community college.",
        (NeedCategory.TALENT, NeedCategory.SKILLS),
        "quality control, quality technician, lean manufacturing, industrial automation, "
        "automation engineer",
        16,
        "Year-round",
    ),
    OfferTemplate(
        "Social Work Field Placements",
        OfferKind.STUDENT_COHORT,
        "MSW students placed two days a week with a field instructor.",
        (NeedCategory.TALENT,),
        "social work, case manager, community health worker",
        40,
        "Academic year",
    ),
    OfferTemplate(
        "Public Service Scholars",
        OfferKind.STUDENT_COHORT,
        "Public administration students placed with agencies for a year.",
        (NeedCategory.TALENT,),
        "public administration, policy analysis, policy analyst, public health specialist",
        12,
        "Academic year",
    ),
    OfferTemplate(
        "Business Analytics Master's Cohort",
        OfferKind.STUDENT_COHORT,
        "MS Business Analytics students for spring projects and hires.",
        (NeedCategory.TALENT, NeedCategory.SKILLS),
        "business analytics, data visualization, business analyst, data analyst",
        25,
        "Spring",
    ),
    OfferTemplate(
        "Grant Writing Workshop Series",
        OfferKind.PROGRAM,
        "Four half-day workshops with the Office of Sponsored Research.",
        (NeedCategory.SKILLS, NeedCategory.FUNDING),
        "grant writing, fundraising, development associate",
        40,
        "Year-round",
    ),
    OfferTemplate(
        "Renewable Energy Research Center",
        OfferKind.LAB,
        "Test benches and faculty for solar, storage and grid studies.",
        (NeedCategory.RESEARCH, NeedCategory.FACILITIES),
        "renewable energy, environmental science, electrical engineering",
        5,
        "Year-round",
    ),
    OfferTemplate(
        "Building Information Modeling Lab",
        OfferKind.LAB,
        "BIM workstations and training for partner staff.",
        (NeedCategory.FACILITIES, NeedCategory.SKILLS),
        "building information modeling, CAD drafting, CAD technician",
        12,
        "Year-round",
    ),
    OfferTemplate(
        "Program Evaluation Clinic",
        OfferKind.FACULTY_EXPERTISE,
        "Graduate students and a faculty lead evaluate a partner's program.",
        (NeedCategory.RESEARCH, NeedCategory.SKILLS),
        "program evaluation, research methods",
        None,
        "",
    ),
    OfferTemplate(
        "Bioinformatics Research Assistantships",
        OfferKind.STUDENT_COHORT,
        "Graduate research assistants shared with partner labs.",
        (NeedCategory.TALENT, NeedCategory.RESEARCH),
        "bioinformatics, research assistant, lab manager",
        8,
        "Academic year",
    ),
    OfferTemplate(
        "E-commerce Bootcamp",
        OfferKind.PROGRAM,
        "Eight-week course on online retail, marketing and customer data.",
        (NeedCategory.SKILLS,),
        "e-commerce, digital marketing, customer analytics, e-commerce specialist",
        30,
        "Summer",
    ),
)

# -- initiatives -------------------------------------------------------------------------------

# (name, actionable goal): a goal says what will be done, by whom, by when.
INITIATIVES: tuple[tuple[str, str], ...] = (
    ("{Skill} internship pilot", "Place {n} {skill} interns at {short} by {target}."),
    ("{Skill} capstone series", "Run {n2} capstone projects with {short} mentors in {season}."),
    (
        "{Skill} apprenticeship",
        "Enrol {n2} of their staff in a registered {skill} apprenticeship by {target}.",
    ),
    (
        "{Short} scholars program",
        "Place {n2} Lakemont scholars part-time at {short} from {season}.",
    ),
    (
        "Executive education for {short} managers",
        "Train {n} of their supervisors in {skill} by {target}.",
    ),
    (
        "{Skill} micro-credential",
        "Co-design a {skill} micro-credential and enrol {n2} of their staff by {target}.",
    ),
    (
        "Mentoring for first-generation students",
        "Match {n} first-generation students with {short} mentors by {target}.",
    ),
    (
        "{Short} scholarship fund",
        "Fund {n2} scholarships for first-generation students starting {season}.",
    ),
    ("Joint {skill} research", "Publish one joint study on {skill} by {target}."),
    ("{Hire} pipeline", "Hire {n2} Lakemont graduates as {hire}s by {target}."),
)

OUR_INITIATIVE_ROLES = ("executive sponsor", "faculty lead", "program coordinator", "lead")
THEIR_INITIATIVE_ROLES = ("sponsor", "HR lead", "mentor coordinator", "technical lead", "champion")

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
